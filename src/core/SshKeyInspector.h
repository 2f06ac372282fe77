#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Reads OpenSSH public keys (a pasted line, a file, or every ~/.ssh/*.pub) and computes what
// `ssh-keygen -l` shows. Refuses private keys without ever repeating their content; pure QtCore,
// never runs ssh-keygen and never writes anything.
class SshKeyInspector final
{
public:
    enum class Error
    {
        None,
        Empty,        // nothing but whitespace
        PrivateKey,   // a private key (PEM/OpenSSH/PKCS#8 block or PuTTY file): never shared
        UnknownType,  // a key type we do not accept (ssh-dss, certificates, options before the type)
        BadBase64,    // the key data is not valid base64
        TypeMismatch, // the type inside the key data differs from the declared type
        Truncated,    // the key data ends before its declared fields do
        NotAKey,      // not a "type base64 [comment]" line, or malformed key data
        Unreadable    // the file is missing, a directory, too large or cannot be opened
    };

    struct PublicKey
    {
        QString type; // "ssh-ed25519", "ssh-rsa", ...
        QByteArray blob;
        QString comment;
        int bits = 0;
        QString path; // the file it came from, when read from a file

        // "SHA256:<unpadded base64 of sha256(blob)>", exactly as ssh-keygen prints it.
        [[nodiscard]] QString fingerprint() const;
        // "ED25519", "RSA", "ECDSA", "ED25519-SK", "ECDSA-SK".
        [[nodiscard]] QString typeLabel() const;
        // `ssh-keygen -lf` output: "256 SHA256:... comment (ED25519)" ("no comment" when empty).
        [[nodiscard]] QString fingerprintLine() const;
        // Canonical "type base64 [comment]" line, the text to upload to a provider.
        [[nodiscard]] QString toLine() const;
    };

    struct Result
    {
        Error error = Error::None;
        PublicKey key;
        // For a private key file whose "<path>.pub" sibling is a valid public key: that path.
        QString suggestion;
        // UnknownType because authorized_keys options (from="...", command=...) precede the type.
        bool optionsBeforeType = false;

        [[nodiscard]] bool ok() const { return error == Error::None; }
        // Translated and safe to show: never contains any of the inspected text.
        [[nodiscard]] QString message() const;
    };

    static constexpr qint64 MaxFileBytes = 64 * 1024;

    // Parses one public key line ("type base64 [comment]"); surrounding whitespace and CRLF are
    // ignored. Text holding a private key anywhere is refused as PrivateKey.
    [[nodiscard]] static Result parse(const QString &text);
    // Reads a regular file of at most MaxFileBytes and parses its first key line ('#' lines and
    // blank lines skipped).
    [[nodiscard]] static Result readFile(const QString &path);
    // Valid public keys among `directory`/*.pub, sorted by file name; invalid files are skipped.
    [[nodiscard]] static QList<PublicKey> listPublicKeys(const QString &directory = defaultDirectory());
    // ~/.ssh
    [[nodiscard]] static QString defaultDirectory();
    [[nodiscard]] static QString errorMessage(Error error);
    [[nodiscard]] static bool isSupportedType(const QString &type);
};
