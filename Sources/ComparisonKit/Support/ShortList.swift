/// How long a list may grow before finding something in it is done by hashing rather than by a look along it.
///
/// Most lists the tables and renderers search are a handful long (an initiative's themes, an entry's citations, a
/// fact's claims), and a look along them is cheaper than building a hash table. Input can make any of them long,
/// though, and then a look along the list for each of its items costs the length squared; past this length they hash.
package enum ShortList {
    /// The longest list searched by a look along it.
    package static let limit = 16
}
