#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

// Finds files under `root` that hold `secret` readably: as UTF-8, UTF-16 or base64 (what a
// QSettings fallback would write). Shared by the keychain tests.
namespace PlainTextScan {

inline QStringList filesContaining(const QString &root, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QList<QByteArray> needles{utf8, utf8.toBase64(),
                                    QByteArray(reinterpret_cast<const char *>(secret.utf16()),
                                               secret.size() * qsizetype(sizeof(char16_t)))};
    QStringList hits;
    // Regular files only: opening a FIFO would block, and symlinks may lead out of `root`.
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        QFile file(path);
        if (!info.isFile() || info.isSymLink() || !file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray contents = file.readAll();
        for (const QByteArray &needle : needles) {
            if (contents.contains(needle)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

} // namespace PlainTextScan
