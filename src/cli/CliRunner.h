#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>

class AccountStore;
class CliContext;
class QIODevice;
class QNetworkAccessManager;
class SecretStore;

// Entry point of the command-line mode: picks the subcommand and runs it on the same accounts,
// keychain and clients as the window. Emits finished(exitCode) exactly once.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    CliRunner(AccountStore &accounts, SecretStore &secrets, QNetworkAccessManager *network, QIODevice *input,
              QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    // True when `arguments` (without the program name) start with a CLI subcommand.
    static bool isCliCommand(const QStringList &arguments);
    static QString usage();
    void run(const QStringList &arguments);

signals:
    void finished(int exitCode);

private:
    CliContext *m_context;
    QIODevice *m_input;
};
