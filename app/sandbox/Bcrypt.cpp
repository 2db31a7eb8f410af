#include "app/sandbox/Bcrypt.h"

#include <atomic>
#include <crypt.h>
#include <memory>

namespace Bcrypt {

namespace {
std::atomic<qint64> s_verifications = 0;
}

qint64 verifications()
{
    return s_verifications.load();
}

QByteArray hash(const QByteArray &password, int cost)
{
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    // A null random buffer makes libcrypt read the salt from the operating system's random source.
    if (!crypt_gensalt_rn("$2y$", static_cast<unsigned long>(cost), nullptr, 0, salt, sizeof salt))
        return {};
    auto data = std::make_unique<crypt_data>();
    const char *out = crypt_r(password.constData(), salt, data.get());
    if (!out || out[0] == '*')
        return {};
    return QByteArray(out);
}

bool verify(const QByteArray &password, const QByteArray &hash)
{
    if (!hash.startsWith("$2"))
        return false;
    auto data = std::make_unique<crypt_data>();
    ++s_verifications;
    const char *out = crypt_r(password.constData(), hash.constData(), data.get());
    if (!out || out[0] == '*')
        return false;
    const QByteArray computed(out);
    if (computed.size() != hash.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < computed.size(); ++i)
        diff |= static_cast<unsigned char>(computed.at(i) ^ hash.at(i));
    return diff == 0;
}

} // namespace Bcrypt
