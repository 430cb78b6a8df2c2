#if canImport(Glibc)
import Glibc

/// Looks up a C library function by name at run time, for the few that the Glibc module's headers do not declare
/// (`malloc_trim`, `mallopt`, `renameat2`); nil where this C library has no such function.
func systemFunction<Function>(_ name: String, as type: Function.Type) -> Function? {
    guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, name) else { return nil }
    return unsafeBitCast(symbol, to: type)
}
#endif
