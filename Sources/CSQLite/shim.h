#ifndef NORDIC_COMPARE_CSQLITE_SHIM_H
#define NORDIC_COMPARE_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
