#if canImport(Glibc)
import Glibc
#endif

/// Writes `bytes` to `path` (created 0600, replaced if there), for targets that fuzz files.
public func writeFile(_ path: String, _ bytes: some Collection<UInt8>) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    check(fd >= 0, "cannot write \(path)")
    let array = Array(bytes)
    array.withUnsafeBytes { _ = Glibc.write(fd, $0.baseAddress, $0.count) }
    close(fd)
}
