#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Runs the real `gpufleet` executable for the CLI end-to-end tests: each run is a separate
// process with its own config, data and cache folders (the keyring is the session's, from
// tests/with-keyring.sh), and everything it printed is kept so a test can prove no key leaked.
class CliHarness final
{
public:
    struct Result
    {
        QStringList arguments;
        int exitCode = -1; // -1: crashed or timed out
        QString out;
        QString err;

        [[nodiscard]] QJsonValue json() const; // stdout as JSON (undefined when it is not JSON)
        [[nodiscard]] QStringList outLines() const;
        // "gpufleet <args> -> exit N; stderr: ..." for failure messages.
        [[nodiscard]] QString describe() const;
    };

    CliHarness();
    Q_DISABLE_COPY_MOVE(CliHarness)

    [[nodiscard]] bool isValid() const { return m_root.isValid(); }
    // <GPUFLEET_BIN_DIR or the test's folder/../src>/<name>.
    [[nodiscard]] static QString binaryPath(const QString &name);
    // Empty when this process runs inside tests/with-keyring.sh (a throw-away keyring);
    // otherwise why the CLI tests must not run (they write to the session's keyring).
    [[nodiscard]] static QString keyringProblem();

    // Runs gpufleet with `input` on stdin. Waits with the event loop running, so servers in the
    // test process keep answering. `environment` adds or overrides variables for this run.
    Result run(const QStringList &arguments, const QByteArray &input = {},
               const QHash<QString, QString> &environment = {});
    // `account add`, with the key on stdin.
    Result addAccount(const QString &provider, const QString &label, const QString &endpoint,
                      const QString &apiKey, const QStringList &extra = {});

    [[nodiscard]] QString configHome() const;
    [[nodiscard]] QString dataHome() const;
    [[nodiscard]] QString cacheHome() const;
    [[nodiscard]] QString settingsFile() const;
    [[nodiscard]] QString tempPath(const QString &name) const { return m_root.filePath(name); }

    // Where `secret` shows up: files under the config, data and cache folders (and the
    // throw-away HOME of with-keyring.sh), and any output of any run so far. Empty when nowhere.
    [[nodiscard]] QStringList leaksOf(const QString &secret) const;

    // Empty when `value` is exactly one instance object of the CLI's JSON contract (the keys
    // account, provider, id, name, status, providerStatus, statusMessage, gpuModel, gpuCount,
    // region, publicIp, sshCommand, pricePerHour, with their types); else what is wrong.
    [[nodiscard]] static QString instanceJsonProblem(const QJsonValue &value);

    // Empty when every line of `table` starts each column at the header's column; else the first
    // misaligned line. Cells must not contain double spaces.
    [[nodiscard]] static QString misalignment(const QString &table);

private:
    QTemporaryDir m_root;
    QString m_transcript; // every stdout and stderr captured, for the leak check
};
