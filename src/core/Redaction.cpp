#include "core/Redaction.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Redaction {

QString scrub(const QString &text, const QStringList &secrets)
{
    QString result = text;
    for (const QString &secret : secrets) {
        if (secret.size() >= 4)
            result.replace(secret, u"***"_s);
    }
    // Credentials that providers sometimes echo back: auth headers and well-known key prefixes.
    static const QRegularExpression authHeader(uR"((Bearer|Key)\s+[A-Za-z0-9._~+/=:-]{8,})"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    result.replace(authHeader, u"\\1 ***"_s);
    static const QRegularExpression keyLike(uR"(\b(sk|ak)_[A-Za-z0-9_-]{8,})"_s);
    result.replace(keyLike, u"\\1_***"_s);
    static const QRegularExpression privateKey(
        uR"(-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$))"_s);
    result.replace(privateKey, u"[private key removed]"_s);
    return result;
}

QString excerpt(const QByteArray &body, const QStringList &secrets, int maxChars)
{
    QString text = QString::fromUtf8(body.left(64 * 1024));
    static const QRegularExpression scriptOrStyle(uR"(<(script|style)[^>]*>[\s\S]*?</\1>)"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    text.remove(scriptOrStyle);
    static const QRegularExpression tag(uR"(<[^>]*>)"_s);
    text.replace(tag, u" "_s);
    text = scrub(text, secrets).simplified();
    // Control characters would garble a terminal or a one-line label.
    text.erase(std::remove_if(text.begin(), text.end(),
                              [](QChar c) { return c.category() == QChar::Other_Control; }),
               text.end());
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

} // namespace Redaction
