#pragma once

// WriteSecrets: keeps secrets out of everything the write pipeline shows or stores (plans, curl text, backups,
// the journal, verification reports). Pure functions, any thread.
//
// A secret is a member whose name says so: "password", "hash" (internal users), "passphrase", "*_password",
// "*_secret", "*_key" of keys that sign or encrypt (JWT "signing_key", on-behalf-of "encryption_key", SAML
// "exchange_key"), and PEM private keys. Values are replaced by Placeholder; hashes by "" as the plugin's GET shows
// them, so that a redacted document compares equal to a fresh GET.

#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include "app/json/JsonDiff.h"
#include "app/json/JsonPatch.h"

namespace WriteSecrets {

inline constexpr char16_t Placeholder[] = u"******";

// True for member names that hold secrets.
bool isSecretKey(QStringView key);

// The value with every secret member (at any depth) replaced. `key` is the member name the value sits under,
// when known: a secret key redacts the whole value.
QJsonValue redactValue(const QJsonValue &value, QStringView key = {});

// A configuration document with its secrets redacted: ConfigVersions::protectSecrets (hashes blanked, config
// passwords "******") plus every other secret member of redactValue (e.g. a "password" in a patched user).
QJsonObject redactDocument(const QJsonObject &document);

// A configuration document with real secrets (a version's) as people may see it: every secret redacted as
// redactDocument() does, except what is asked for. The two are independent: showHashes brings back the internal
// users' password hashes and nothing else, showSecrets every other secret (bind passwords, signing, encryption and
// exchange keys, audit and allowlist passwords) but not the hashes.
QJsonObject shownDocument(const QJsonObject &document, bool showHashes, bool showSecrets);

// The difference of two configuration documents as people may see it: the changed parts of each side with their
// secrets redacted, and the changes between them. The same as diffing redactDocument(from) with
// redactDocument(to), but only the entities that differ are redacted (redacting 50,000 users costs seconds): a type
// present on one side only, not an object, or "config" is taken whole; of the other types, the differing entities.
struct RedactedDiff
{
    QJsonObject before; // the changed parts of `from`, redacted
    QJsonObject after;  // the changed parts of `to`, redacted
    QList<JsonChange> changes;
};
RedactedDiff diff(const QJsonObject &from, const QJsonObject &to);

// A JSON Patch (array of operation objects) with secret values redacted: the value of an operation whose path
// ends in a secret key, and secret members inside any value.
QJsonArray redactPatch(const QJsonArray &patch);

// True when the value holds the plugin's "******" placeholder anywhere (a GET's redacted password, which a PUT
// would write back literally).
bool containsPlaceholder(const QJsonValue &value);

// A patch's text as a draft on disk may hold it: every secret value (passwords, hashes, keys) replaced by
// Placeholder, so that it is asked for again; the text unchanged when it holds none. Nullopt when the text is not a
// JSON array (raw text being edited) and mentions a secret member: such text is not saved at all.
std::optional<QString> redactPatchText(const QString &text);

// The pointer (relative to the operation's path) of a secret in the operation's value that holds Placeholder instead
// of a real value, "" for the value itself; nullopt when there is none. Such an operation would store "******"
// literally as a password.
std::optional<JsonPointer> placeholderSecret(const PatchOperation &operation);

} // namespace WriteSecrets
