#pragma once

// Bcrypt: password hashing as the plugin stores it ("$2y$", libcrypt's crypt_r), and verification of any
// "$2a$" / "$2b$" / "$2y$" hash. Reentrant, any thread.

#include <QByteArray>

namespace Bcrypt {

// A new "$2y$<cost>$..." hash with a random salt; empty on failure. Cost 4 to 31 (the plugin uses 12).
QByteArray hash(const QByteArray &password, int cost);

// True when the password matches the hash. Constant-time comparison of the computed hash.
bool verify(const QByteArray &password, const QByteArray &hash);

// How many bcrypt computations verify() has run in this process (tests: an unknown user costs one too).
qint64 verifications();

} // namespace Bcrypt
