#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether a configuration found by searching may be used: as git's `safe.directory` guards against a repository
/// planted in `/tmp`, a configuration is used only when no other user could have put it there. The project folder,
/// its `config` folder and the file must each belong to the user running the tool (or to root, who can change
/// anything anyway) and must not be writable by anyone else: not by all users, and not by a group unless it is the
/// owner's own private group (one named after the owner, with no other members, as a umask of 002 leaves folders on
/// Debian and Ubuntu).
enum FolderTrust {
    /// Why a path is not trusted, in words for the person running the tool; nil when it is.
    static func distrust(of path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return "\(Echo.escaped(path)) cannot be inspected" }
        let me = geteuid()
        if info.st_uid != me && info.st_uid != 0 {
            return "\(Echo.escaped(path)) belongs to \(userName(info.st_uid)), and you are \(userName(me))"
        }
        if info.st_mode & S_IWOTH != 0 {
            return "\(Echo.escaped(path)) can be written by every user"
        }
        if info.st_mode & S_IWGRP != 0, !isPrivateGroup(info.st_gid, of: info.st_uid) {
            return "\(Echo.escaped(path)) can be written by the group \(groupName(info.st_gid))"
        }
        return nil
    }

    /// True when `group` has no member but `owner`: the owner's primary group, named after the owner, with no
    /// supplementary members.
    private static func isPrivateGroup(_ group: gid_t, of owner: uid_t) -> Bool {
        guard let user = getpwuid(owner), user.pointee.pw_gid == group,
              let entry = getgrgid(group) else { return false }
        guard String(cString: entry.pointee.gr_name) == String(cString: user.pointee.pw_name) else { return false }
        guard let members = entry.pointee.gr_mem else { return true }
        var index = 0
        while let member = members[index] {
            if String(cString: member) != String(cString: user.pointee.pw_name) { return false }
            index += 1
        }
        return true
    }

    private static func userName(_ uid: uid_t) -> String {
        guard let entry = getpwuid(uid) else { return "uid \(uid)" }
        return "\(Echo.escaped(String(cString: entry.pointee.pw_name))) (uid \(uid))"
    }

    private static func groupName(_ gid: gid_t) -> String {
        guard let entry = getgrgid(gid) else { return "gid \(gid)" }
        return "\(Echo.escaped(String(cString: entry.pointee.gr_name))) (gid \(gid))"
    }
}
