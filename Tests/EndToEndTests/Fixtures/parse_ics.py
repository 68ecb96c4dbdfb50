"""Reads an iCalendar file with Python's icalendar and prints what it found as JSON, for CalendarExportTests.

Usage: python3 parse_ics.py FILE

Texts are printed unescaped, as a calendar app shows them; dates as ISO 8601, with "floating" telling whether a
date-time has no zone. Every parse problem icalendar noted on a component is listed under "errors".
Exit status: 0 parsed, 2 usage, 3 icalendar is missing, 4 the file could not be parsed at all.
"""
import datetime
import json
import sys

try:
    import icalendar
except ImportError:
    print("Python's icalendar package is not installed for " + sys.executable
          + ": 'make test' installs it, or run: python3 -m pip install icalendar", file=sys.stderr)
    sys.exit(3)


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def moment(component, name):
    if component.get(name) is None:
        return None
    value = component.decoded(name)
    if isinstance(value, datetime.datetime):
        return {"type": "date-time", "value": value.isoformat(), "floating": value.tzinfo is None,
                "utc": value.tzinfo is not None and value.utcoffset() == datetime.timedelta(0)}
    if isinstance(value, datetime.date):
        return {"type": "date", "value": value.isoformat()}
    return {"type": type(value).__name__, "value": str(value)}


def categories(component):
    value = component.get("CATEGORIES")
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [str(category) for item in values for category in item.cats]


def alarms(component):
    result = []
    for alarm in component.subcomponents:
        if alarm.name != "VALARM":
            continue
        trigger = alarm.get("TRIGGER")
        decoded = alarm.decoded("TRIGGER") if trigger is not None else None
        result.append({
            "action": text(alarm, "ACTION"),
            "description": text(alarm, "DESCRIPTION"),
            "trigger": None if trigger is None else trigger.to_ical().decode(),
            "triggerSeconds": decoded.total_seconds() if isinstance(decoded, datetime.timedelta) else None,
            "related": None if trigger is None else trigger.params.get("RELATED"),
        })
    return result


def main():
    if len(sys.argv) != 2:
        print("usage: python3 parse_ics.py FILE", file=sys.stderr)
        sys.exit(2)
    with open(sys.argv[1], "rb") as handle:
        data = handle.read()
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:  # noqa: BLE001 - any failure to parse is the answer
        print("icalendar could not parse the file: %s" % error, file=sys.stderr)
        sys.exit(4)

    errors = []
    for component in calendar.walk():
        for error in getattr(component, "errors", []):
            errors.append("%s: %s" % (component.name, error))

    report = {
        "icalendar": getattr(icalendar, "__version__", "?"),
        "name": calendar.name,
        "version": text(calendar, "VERSION"),
        "prodid": text(calendar, "PRODID"),
        "calscale": text(calendar, "CALSCALE"),
        "errors": errors,
        "events": [],
        "todos": [],
    }
    for component in calendar.subcomponents:
        common = {
            "uid": text(component, "UID"),
            "dtstamp": moment(component, "DTSTAMP"),
            "summary": text(component, "SUMMARY"),
            "description": text(component, "DESCRIPTION"),
            "categories": categories(component),
            "alarms": alarms(component),
        }
        if component.name == "VEVENT":
            common.update({
                "dtstart": moment(component, "DTSTART"),
                "dtend": moment(component, "DTEND"),
                "duration": text(component, "DURATION"),
                "location": text(component, "LOCATION"),
            })
            report["events"].append(common)
        elif component.name == "VTODO":
            common.update({
                "due": moment(component, "DUE"),
                "status": text(component, "STATUS"),
                "relatedTo": text(component, "RELATED-TO"),
            })
            report["todos"].append(common)
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
