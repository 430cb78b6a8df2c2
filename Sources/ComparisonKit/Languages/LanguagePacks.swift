import Foundation
import LanguageFiles

/// The languages the tool writes in: one per file in `Sources/LanguageFiles/Languages/`, compiled into the tool, each
/// decoded and compiled the first time a run asks for it and then kept for the life of the process.
package enum LanguagePacks {
    /// The codes of the languages the tool writes in, English first: the files present, so that adding a language
    /// is adding its file (and registering it in `LanguageFiles.all`, which a test checks against the folder).
    package static let codes: [LanguageCode] = LanguageFiles.all.map(\.code)

    /// The pack of `code`, or English's when the tool has no file for it.
    package static func pack(for code: LanguageCode) -> LanguagePack {
        let index = codes.firstIndex(of: code) ?? englishIndex
        return store.pack(at: index)
    }

    /// The English pack, against which every other file is checked.
    package static var english: LanguagePack { store.pack(at: englishIndex) }

    /// Decodes and compiles the file of `code`, throwing every problem with it (what the language-file tests call;
    /// a run calls `pack(for:)`, which stops the process on a broken file, as the tests guarantee none ships).
    package static func compile(_ code: LanguageCode) throws(LanguageFileError) -> LanguagePack {
        guard let index = codes.firstIndex(of: code) else {
            throw LanguageFileError(file: LanguageFileError.path(code), problems: ["no such language file"])
        }
        return try compile(at: index)
    }

    private static let englishIndex: Int = {
        guard let index = codes.firstIndex(of: "en") else {
            fatalError(LanguageFileError.path("en") + " is not registered")
        }
        return index
    }()

    private static let store = Store(count: codes.count)

    private static func compile(at index: Int) throws(LanguageFileError) -> LanguagePack {
        let (code, json) = LanguageFiles.all[index]
        let name = LanguageFileError.path(code)
        let file: LanguageFile
        do {
            file = try JSONDecoder().decode(LanguageFile.self, from: Data(json))
        } catch {
            throw LanguageFileError(file: name, problems: ["not a language file: \(error)"])
        }
        guard file.code == code else {
            throw LanguageFileError(file: name, problems: ["its code is '\(file.code)', not the file's name '\(code)'"])
        }
        return try LanguagePack(file, reference: index == englishIndex ? nil : store.pack(at: englishIndex))
    }

    /// The packs compiled so far, behind a lock.
    private final class Store: @unchecked Sendable {
        private var packs: [LanguagePack?]
        private let lock = NSRecursiveLock()

        init(count: Int) { packs = Array(repeating: nil, count: count) }

        func pack(at index: Int) -> LanguagePack {
            lock.lock()
            defer { lock.unlock() }
            if let pack = packs[index] { return pack }
            do {
                let pack = try LanguagePacks.compile(at: index)
                packs[index] = pack
                return pack
            } catch {
                fatalError("\(error)")
            }
        }
    }
}
