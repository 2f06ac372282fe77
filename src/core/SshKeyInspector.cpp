#include "core/SshKeyInspector.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

using Error = SshKeyInspector::Error;

QString tr(const char *text)
{
    return QCoreApplication::translate("SshKeyInspector", text);
}

struct KeyType
{
    QLatin1StringView name;
    QLatin1StringView label;
    QLatin1StringView curve; // ECDSA curve name inside the blob; empty for other types
    int bits;                // 0: read from the blob (RSA)
};

constexpr KeyType KeyTypes[] = {
    {QLatin1StringView("ssh-ed25519"), QLatin1StringView("ED25519"), {}, 256},
    {QLatin1StringView("ssh-rsa"), QLatin1StringView("RSA"), {}, 0},
    {QLatin1StringView("ecdsa-sha2-nistp256"), QLatin1StringView("ECDSA"), QLatin1StringView("nistp256"),
     256},
    {QLatin1StringView("ecdsa-sha2-nistp384"), QLatin1StringView("ECDSA"), QLatin1StringView("nistp384"),
     384},
    {QLatin1StringView("ecdsa-sha2-nistp521"), QLatin1StringView("ECDSA"), QLatin1StringView("nistp521"),
     521},
    {QLatin1StringView("sk-ssh-ed25519@openssh.com"), QLatin1StringView("ED25519-SK"), {}, 256},
    {QLatin1StringView("sk-ecdsa-sha2-nistp256@openssh.com"), QLatin1StringView("ECDSA-SK"),
     QLatin1StringView("nistp256"), 256},
};

const KeyType *findType(QStringView name)
{
    for (const KeyType &type : KeyTypes) {
        if (name == type.name)
            return &type;
    }
    return nullptr;
}

// Any PEM-style private key block (OPENSSH, RSA, EC, DSA, ENCRYPTED, PKCS#8, SSH2) or a PuTTY key.
bool looksLikePrivateKey(const QString &text)
{
    static const QRegularExpression pemPrivate(uR"(BEGIN [A-Z0-9 ]*PRIVATE KEY)"_s);
    return text.contains(pemPrivate) || text.contains(u"PuTTY-User-Key-File"_s);
}

// The SSH wire format (RFC 4251): uint32 big-endian length + bytes.
class BlobReader
{
public:
    explicit BlobReader(const QByteArray &blob)
        : m_blob(blob)
    {
    }

    std::optional<QByteArray> string()
    {
        if (m_blob.size() - m_pos < 4)
            return std::nullopt;
        const auto *p = reinterpret_cast<const uchar *>(m_blob.constData() + m_pos);
        const quint32 length =
            (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
        if (length > quint32(m_blob.size() - m_pos - 4))
            return std::nullopt;
        const QByteArray value = m_blob.mid(m_pos + 4, qsizetype(length));
        m_pos += 4 + qsizetype(length);
        return value;
    }

    [[nodiscard]] bool atEnd() const { return m_pos == m_blob.size(); }

private:
    const QByteArray &m_blob;
    qsizetype m_pos = 0;
};

int bitLength(const QByteArray &mpint)
{
    qsizetype i = 0;
    while (i < mpint.size() && mpint.at(i) == 0)
        ++i; // an mpint with its high bit set carries a leading zero byte
    if (i == mpint.size())
        return 0;
    int top = 0;
    for (auto byte = uchar(mpint.at(i)); byte; byte >>= 1)
        ++top;
    return int(mpint.size() - i - 1) * 8 + top;
}

// Checks the blob's fields after the type string and returns the key size, or an error.
Error inspectBlob(const KeyType &type, BlobReader &reader, int &bits)
{
    bits = type.bits;
    if (type.name == QLatin1StringView("ssh-rsa")) {
        const auto exponent = reader.string();
        const auto modulus = reader.string();
        if (!exponent || !modulus)
            return Error::Truncated;
        bits = bitLength(*modulus);
        if (bits == 0 || bitLength(*exponent) == 0)
            return Error::NotAKey;
    } else if (!type.curve.isEmpty()) {
        const auto curve = reader.string();
        const auto point = reader.string();
        if (!curve || !point)
            return Error::Truncated;
        if (QLatin1StringView(*curve) != type.curve)
            return Error::TypeMismatch;
        // Uncompressed point: 0x04 followed by both coordinates.
        const int coordinateBytes = (type.bits + 7) / 8;
        if (point->size() != 1 + 2 * coordinateBytes || point->at(0) != 0x04)
            return Error::NotAKey;
    } else {
        const auto publicKey = reader.string();
        if (!publicKey)
            return Error::Truncated;
        if (publicKey->size() != 32)
            return Error::NotAKey;
    }
    // Security keys also carry the FIDO application ("ssh:" by default).
    if (type.name.startsWith(QLatin1StringView("sk-")) && !reader.string())
        return Error::Truncated;
    return reader.atEnd() ? Error::None : Error::NotAKey;
}

// Strict RFC 4648 base64: only the alphabet, a length that is a multiple of 4, '=' only at the end.
std::optional<QByteArray> decodeBase64(QStringView text)
{
    if (text.isEmpty() || text.size() % 4 != 0)
        return std::nullopt;
    qsizetype padding = 0;
    while (padding < 2 && text.at(text.size() - 1 - padding) == QLatin1Char('='))
        ++padding;
    for (qsizetype i = 0; i < text.size() - padding; ++i) {
        const char16_t c = text.at(i).unicode();
        const bool alphabet = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
            || c == u'+' || c == u'/';
        if (!alphabet)
            return std::nullopt;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

// The first line that is neither blank nor a '#' comment.
QString firstKeyLine(const QString &text)
{
    static const QRegularExpression lineBreak(uR"(\r\n|\r|\n)"_s);
    const QStringList lines = text.split(lineBreak);
    for (const QString &line : lines) {
        QString trimmed = line.trimmed();
        // Editors on Windows may save a byte order mark in front of the key.
        if (trimmed.startsWith(QChar(0xFEFF)))
            trimmed = trimmed.mid(1).trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            return trimmed;
    }
    return {};
}

SshKeyInspector::Result failure(Error error)
{
    SshKeyInspector::Result result;
    result.error = error;
    return result;
}

} // namespace

QString SshKeyInspector::PublicKey::fingerprint() const
{
    const QByteArray hash = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return u"SHA256:"_s
        + QString::fromLatin1(hash.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QString SshKeyInspector::PublicKey::typeLabel() const
{
    const KeyType *known = findType(type);
    return known ? QString(known->label) : type.toUpper();
}

QString SshKeyInspector::PublicKey::fingerprintLine() const
{
    // ssh-keygen prints the literal "no comment" when there is none.
    const QString shownComment = comment.isEmpty() ? u"no comment"_s : comment;
    return QString::number(bits) + QLatin1Char(' ') + fingerprint() + QLatin1Char(' ') + shownComment
        + u" ("_s + typeLabel() + QLatin1Char(')');
}

QString SshKeyInspector::PublicKey::toLine() const
{
    QString line = type + QLatin1Char(' ') + QString::fromLatin1(blob.toBase64());
    if (!comment.isEmpty())
        line += QLatin1Char(' ') + comment;
    return line;
}

QString SshKeyInspector::Result::message() const
{
    if (error == Error::PrivateKey && !suggestion.isEmpty())
        //: %1 is the path of the matching public key file
        return QCoreApplication::translate(
                   "SshKeyInspector",
                   "This is a private SSH key; it must never be shared. Use the public key %1 instead.")
            .arg(suggestion);
    if (error == Error::UnknownType && optionsBeforeType)
        return QCoreApplication::translate(
            "SshKeyInspector",
            "Options before the key type (such as from=\"...\" or command=\"...\") are not supported; "
            "paste only \"type key comment\".");
    return errorMessage(error);
}

QString SshKeyInspector::errorMessage(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("No SSH public key given.");
    case Error::PrivateKey:
        return tr("This is a private SSH key; it must never be shared. Use the matching .pub file instead.");
    case Error::UnknownType:
        return tr("Unsupported SSH key type. Use ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256/384/521, "
                  "sk-ssh-ed25519@openssh.com or sk-ecdsa-sha2-nistp256@openssh.com.");
    case Error::BadBase64:
        return tr("The key data is not valid base64; the key may have been cut or changed while copying.");
    case Error::TypeMismatch:
        return tr("The key data does not match the key type written before it.");
    case Error::Truncated:
        return tr("The key data is incomplete; the key was probably cut while copying.");
    case Error::NotAKey:
        return tr("This is not an OpenSSH public key (expected \"type key comment\", as in a .pub file).");
    case Error::Unreadable:
        return tr("The key file cannot be read (missing, not a regular file, or larger than 64 KiB).");
    }
    return {};
}

bool SshKeyInspector::isSupportedType(const QString &type)
{
    return findType(type) != nullptr;
}

SshKeyInspector::Result SshKeyInspector::parse(const QString &text)
{
    if (looksLikePrivateKey(text))
        return failure(Error::PrivateKey);
    const QString line = firstKeyLine(text);
    if (line.isEmpty())
        return failure(Error::Empty);

    static const QRegularExpression whitespace(uR"(\s+)"_s);
    const QStringList tokens = line.split(whitespace, Qt::SkipEmptyParts);
    const KeyType *type = findType(tokens.first());
    if (!type) {
        Result result = failure(Error::NotAKey);
        for (const QString &token : tokens.mid(1)) {
            if (findType(token)) {
                result.error = Error::UnknownType;
                result.optionsBeforeType = true;
                return result;
            }
        }
        // ssh-dss, certificates, unknown curves, wrong case (types are case-sensitive).
        const QString &first = tokens.first();
        if (tokens.size() >= 2
            && (first.startsWith(u"ssh-"_s, Qt::CaseInsensitive)
                || first.startsWith(u"ecdsa-"_s, Qt::CaseInsensitive)
                || first.startsWith(u"sk-"_s, Qt::CaseInsensitive)))
            result.error = Error::UnknownType;
        return result;
    }
    if (tokens.size() < 2)
        return failure(Error::NotAKey);

    const auto blob = decodeBase64(tokens.at(1));
    if (!blob)
        return failure(Error::BadBase64);
    BlobReader reader(*blob);
    const auto embeddedType = reader.string();
    if (!embeddedType)
        return failure(Error::Truncated);
    if (QLatin1StringView(*embeddedType) != type->name)
        return failure(Error::TypeMismatch);
    int bits = 0;
    if (const Error error = inspectBlob(*type, reader, bits); error != Error::None)
        return failure(error);

    Result result;
    result.key.type = type->name;
    result.key.blob = *blob;
    result.key.bits = bits;
    // The comment is everything after the key data, inner spacing kept (as ssh-keygen shows it).
    const qsizetype dataStart = line.indexOf(tokens.at(1), tokens.first().size());
    result.key.comment = line.mid(dataStart + tokens.at(1).size()).trimmed();
    return result;
}

SshKeyInspector::Result SshKeyInspector::readFile(const QString &path)
{
    const QFileInfo info(path);
    // isFile() is false for directories, FIFOs and devices, which could block or never end.
    if (!info.isFile() || info.size() > MaxFileBytes)
        return failure(Error::Unreadable);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Unreadable);
    const QByteArray content = file.read(MaxFileBytes + 1);
    if (content.size() > MaxFileBytes)
        return failure(Error::Unreadable);

    Result result = parse(QString::fromUtf8(content));
    if (result.ok()) {
        result.key.path = info.absoluteFilePath();
    } else if (result.error == Error::PrivateKey && !path.endsWith(u".pub"_s)) {
        const QString sibling = path + u".pub"_s;
        const Result publicKey = readFile(sibling);
        if (publicKey.ok())
            result.suggestion = publicKey.key.path;
    }
    return result;
}

QList<SshKeyInspector::PublicKey> SshKeyInspector::listPublicKeys(const QString &directory)
{
    QList<PublicKey> keys;
    const QDir dir(directory);
    const QStringList names = dir.entryList({u"*.pub"_s}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        const Result result = readFile(dir.filePath(name));
        if (result.ok())
            keys.append(result.key);
    }
    return keys;
}

QString SshKeyInspector::defaultDirectory()
{
    return QDir::homePath() + u"/.ssh"_s;
}
