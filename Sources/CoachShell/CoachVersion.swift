/// The version of coach, as `coach --version` prints it.
public enum CoachVersion {
    public static let current = "0.1.0"
}
