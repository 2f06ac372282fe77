#include "providers/nebulablock/NebulaBlockRequests.h"

#include "core/SshKeyInspector.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MaxNameChars = 128;

ProviderError invalid(const QString &why)
{
    return ProviderError::make(ProviderError::Kind::Validation, why);
}

} // namespace

QString NebulaBlockRequests::normalizedPublicKey(const QString &line)
{
    static const QRegularExpression type(
        uR"(^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)$)"_s);
    static const QRegularExpression base64(uR"(^[A-Za-z0-9+/]{16,}={0,3}$)"_s);
    static const QRegularExpression whitespace(u"\\s+"_s);
    const QString trimmed = line.trimmed();
    if (trimmed.contains(u'\n') || trimmed.contains(u'\r'))
        return {};
    const QStringList parts = trimmed.split(whitespace, Qt::SkipEmptyParts);
    if (parts.size() < 2 || !type.match(parts.at(0)).hasMatch() || !base64.match(parts.at(1)).hasMatch())
        return {};
    return parts.at(0) + u' ' + parts.at(1);
}

ProviderError NebulaBlockRequests::validateCreate(const InstanceSpec &spec)
{
    const QString name = spec.name.trimmed();
    if (name.size() > MaxNameChars)
        return invalid(tr("The instance name is longer than %1 characters").arg(MaxNameChars));
    if (std::any_of(name.begin(), name.end(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return invalid(tr("The instance name contains control characters"));
    if (spec.offeringId.trimmed().isEmpty())
        return invalid(tr("Choose a Nebula Block product"));
    if (spec.image.trimmed().isEmpty())
        return invalid(tr("Choose an OS image for the product's region and data center"));

    // SshKeyInspector refuses private keys and garbled key data without quoting either back.
    const SshKeyInspector::Result inspected = SshKeyInspector::parse(spec.sshPublicKey);
    if (inspected.error == SshKeyInspector::Error::PrivateKey)
        return invalid(inspected.message());
    const QString key = spec.sshPublicKey.trimmed();
    if (key.contains(u'\n') || key.contains(u'\r'))
        return invalid(tr("Paste exactly one SSH public key line"));
    if (!inspected.ok())
        return invalid(inspected.message());
    return {};
}

QString NebulaBlockRequests::generatedName()
{
    const quint32 random = QRandomGenerator::global()->generate();
    return u"gpufleet-"_s + QString::number(random, 16).rightJustified(8, u'0');
}

QString NebulaBlockRequests::sshKeyName(const QString &publicKey)
{
    const QByteArray hash =
        QCryptographicHash::hash(normalizedPublicKey(publicKey).toUtf8(), QCryptographicHash::Sha256);
    return u"gpufleet-"_s + QString::fromLatin1(hash.toHex().left(8));
}

bool NebulaBlockRequests::isSafeId(const QString &id)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9._~-]{1,200}$"_s);
    return safe.match(id).hasMatch();
}

QByteArray NebulaBlockRequests::sshKeyBody(const QString &publicKey)
{
    QJsonObject body;
    body.insert(u"key_name"_s, sshKeyName(publicKey));
    body.insert(u"key_data"_s, publicKey.trimmed());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray NebulaBlockRequests::createBody(const QString &name, const InstanceSpec &spec,
                                           const QString &sshKeyId)
{
    QJsonObject body;
    body.insert(u"instance_name"_s, name);
    body.insert(u"product_id"_s, spec.offeringId.trimmed());
    body.insert(u"image_id"_s, spec.image.trimmed());
    bool numeric = false;
    const qint64 keyId = sshKeyId.toLongLong(&numeric);
    // Documented as an int; a server handing out non-numeric ids gets its own id back as text.
    body.insert(u"ssh_key_id"_s, numeric ? QJsonValue(keyId) : QJsonValue(sshKeyId));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}
