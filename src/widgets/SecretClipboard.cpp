#include "widgets/SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        clearIfOurs();
        emit expired();
    });
}

SecretClipboard::~SecretClipboard()
{
    clearIfOurs();
}

QByteArray SecretClipboard::digest(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

void SecretClipboard::copySecret(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    // KDE Klipper and other clipboard managers skip their history for entries marked like this.
    mime->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_digest = digest(secret);
    m_timer.start(m_clearAfterMs);
    emit copied();
}

void SecretClipboard::clearIfOurs()
{
    m_timer.stop();
    if (m_digest.isEmpty() || !qGuiApp)
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    // The user may have copied something else since: leave that alone.
    if (clipboard && digest(clipboard->text(QClipboard::Clipboard)) == m_digest) {
        clipboard->clear(QClipboard::Clipboard);
        emit cleared();
    }
    m_digest.clear();
}
