/// Path arithmetic on plain strings, for every place a store names a file or folder.
///
/// Foundation's `NSString` path methods trap on Linux for some short inputs (a one-character
/// relative path such as `K`), and they tidy paths in ways a store must not (`~` is left as is
/// on one platform and expanded on another). These functions are total: every string gives an
/// answer, and nothing is read from the file system.
public enum StorePath {
    /// The path without trailing slashes (`/` stays `/`).
    static func trimmed(_ path: String) -> Substring {
        var end = path.endIndex
        while end > path.startIndex, path[path.index(before: end)] == "/", path.index(before: end) != path.startIndex {
            end = path.index(before: end)
        }
        return path[..<end]
    }

    /// The folder that holds `path`, or nil when the path has no folder part (`journal.json`,
    /// `K`) or is the root itself. Repeated slashes between the two are dropped.
    public static func parent(of path: String) -> String? {
        let path = trimmed(path)
        guard path != "/", let slash = path.lastIndex(of: "/") else { return nil }
        var end = slash
        while end > path.startIndex, path[path.index(before: end)] == "/" { end = path.index(before: end) }
        return end == path.startIndex ? "/" : String(path[..<end])
    }

    /// The folder that holds `path`: its parent, or `.` for a bare name.
    public static func folder(of path: String) -> String { parent(of: path) ?? "." }

    /// The last component of `path` (`journal.json` of `/a/journal.json`), without trailing slashes.
    public static func lastComponent(of path: String) -> String {
        let path = trimmed(path)
        guard let slash = path.lastIndex(of: "/"), path != "/" else { return String(path) }
        return String(path[path.index(after: slash)...])
    }

    /// The extension of the last component, without its dot (`json` of `journal.json`); empty
    /// when there is none, or when the only dot starts the name (`.hidden`).
    public static func fileExtension(of path: String) -> String {
        let name = lastComponent(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// `name` in `folder` (`folder/name`; just `name` when the folder is `.`).
    public static func join(_ folder: String, _ name: String) -> String {
        if folder == "." { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// `path` with a leading `~` or `~/` replaced by `home`, as a shell would have done it
    /// had the path not followed a scheme (`sync:~/Sync`) or been quoted. `~user` forms and a
    /// `~` anywhere else are left as they are. Returns nil when the path needs a home folder
    /// and `home` is nil or empty.
    public static func expandingTilde(_ path: String, home: String?) -> String? {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        guard let home, !home.isEmpty else { return nil }
        let rest = path.dropFirst()
        if rest.isEmpty { return home }
        let base = trimmed(home)
        return (base == "/" ? "" : String(base)) + rest
    }
}
