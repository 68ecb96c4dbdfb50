import ProfileStore

/// The lines an interactive session opens with.
public enum Banner {
    public static func text(profile: ProfileSelection, styler: Styler) -> String {
        styler.paint("coach \(CoachVersion.current)", .heading) + " — a local career coach for the terminal\n"
            + styler.paint("Profile: \(profile.displayName). Type 'help' for the commands, Tab to complete, "
                + "Ctrl-D to leave.", .dim)
    }
}
