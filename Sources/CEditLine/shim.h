// Non-variadic wrappers over libedit's native histedit.h API, plus the few terminal and signal
// calls that Swift cannot make directly (C variadics, C globals such as stdin, macros).
#ifndef COACH_CEDITLINE_SHIM_H
#define COACH_CEDITLINE_SHIM_H

#include <histedit.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>
#include <errno.h>

typedef char *(*coach_prompt_fn)(EditLine *);
typedef unsigned char (*coach_key_fn)(EditLine *, int);

static inline EditLine *coach_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static inline int coach_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/// A prompt whose invisible parts (colour escapes) are wrapped in `esc` characters.
static inline int coach_el_set_prompt(EditLine *el, coach_prompt_fn fn, char esc) {
    return el_set(el, EL_PROMPT_ESC, fn, esc);
}

static inline int coach_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *coach_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static inline int coach_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

static inline int coach_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

static inline int coach_el_addfn(EditLine *el, const char *name, const char *help, coach_key_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int coach_el_bind(EditLine *el, const char *key, const char *name) {
    return el_set(el, EL_BIND, key, name, NULL);
}

/// Takes Ctrl-C and Ctrl-Z out of the terminal's hands while a line is edited (`setty -d -isig`):
/// they arrive as keys, so Ctrl-C cancels the line without signalling the whole process group
/// (a `make run` around coach would otherwise be interrupted too).
static inline int coach_el_keys_not_signals(EditLine *el) {
    return el_set(el, EL_SETTY, "-d", "-isig", NULL);
}

static inline int coach_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int coach_history_setunique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int coach_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

/// Installs a SIGINT handler that does nothing and does not restart system calls, so that a
/// Ctrl-C interrupts el_gets (which then returns NULL with errno EINTR) without killing us.
static volatile sig_atomic_t coach_sigint_seen = 0;

static void coach_sigint_noop(int signo) {
    (void)signo;
    coach_sigint_seen = 1;
}

/// Whether a SIGINT arrived since the last call; clears the flag.
static inline int coach_sigint_take(void) {
    int seen = coach_sigint_seen;
    coach_sigint_seen = 0;
    return seen;
}

static inline int coach_sigint_catch(struct sigaction *saved, sigset_t *savedMask) {
    // A parent may have left SIGINT blocked; then Ctrl-C would do nothing until we exit.
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    sigprocmask(SIG_UNBLOCK, &interrupt, savedMask);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = coach_sigint_noop;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(SIGINT, &action, saved);
}

static inline int coach_sigint_restore(const struct sigaction *saved, const sigset_t *savedMask) {
    int result = sigaction(SIGINT, saved, NULL);
    sigprocmask(SIG_SETMASK, savedMask, NULL);
    return result;
}

/// libedit's character reader, replaced: libedit retries a read that a signal interrupted, so a
/// Ctrl-C could be swallowed until the next key. This one returns -1 (EINTR) as soon as a SIGINT
/// has been seen, and otherwise decodes UTF-8 (in the locale set by coach_setlocale_utf8).
static int coach_read_char(EditLine *el, wchar_t *out) {
    mbstate_t state;
    memset(&state, 0, sizeof state);
    for (;;) {
        char byte;
        ssize_t count = read(STDIN_FILENO, &byte, 1);
        if (count == 1) {
            size_t result = mbrtowc(out, &byte, 1, &state);
            if (result == (size_t)-2) continue;           /* more bytes of this character to come */
            if (result == (size_t)-1) {                   /* not UTF-8: pass the byte on as it is */
                memset(&state, 0, sizeof state);
                *out = (wchar_t)(unsigned char)byte;
            }
            return 1;
        }
        if (count == 0) return 0;
        if (errno == EINTR) {
            if (coach_sigint_seen) { errno = EINTR; return -1; }
            el_set(el, EL_REFRESH);                       /* back from Ctrl-Z, or resized: redraw */
            continue;
        }
        return -1;
    }
}

static inline int coach_el_set_reader(EditLine *el) {
    return el_set(el, EL_GETCFN, coach_read_char);
}

/// Makes multibyte input work: Swift never calls setlocale, and libedit drops non-ASCII
/// characters in the "C" locale. Returns 1 when the resulting LC_CTYPE is UTF-8.
static inline int coach_setlocale_utf8(void) {
    const char *name = setlocale(LC_CTYPE, "");
    if (name == NULL || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0) {
        name = setlocale(LC_CTYPE, "C.UTF-8");
    }
    if (name == NULL) return 0;
    return strstr(name, "UTF-8") != NULL || strstr(name, "utf8") != NULL || strstr(name, "UTF8") != NULL
        || strstr(name, "utf-8") != NULL;
}

/// The width of the terminal on `fd` in columns, or 0 when it is not a terminal or unknown.
static inline int coach_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return (int)size.ws_col;
}

#endif
