#pragma once

#include <QObject>
#include <QStringList>

class CliContext;
class QIODevice;

// `gpufleet account add|list|remove`: accounts in settings, keys in the keychain. The key is
// read from standard input (first line), verified with one read call unless --no-verify, and
// only then stored: a failed verification or keychain write leaves nothing behind.
class AccountCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountCommand)

public:
    AccountCommand(CliContext &context, QIODevice *input, QObject *parent = nullptr);
    void run(const QStringList &arguments); // arguments after "account"

private:
    void add(const QStringList &arguments);
    void list(const QStringList &arguments);
    void remove(const QStringList &arguments);

    CliContext &m_context;
    QIODevice *m_input;
};
