#pragma once

#include "core/Account.h"
#include "providers/ProviderCall.h"
#include "providers/ProviderClient.h"

#include <QObject>
#include <QPointer>

#include <functional>

// "Test connection": one list call with a candidate key through a throw-away client, turned into
// one sentence for the user (a rejected key said plainly). The client, and with it the key, is
// deleted as soon as the answer is in.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    // Builds a client for `account` with `apiKey` (ProviderFactory::create in the app).
    using ClientFactory =
        std::function<ProviderClient *(const Account &account, const QString &apiKey, QObject *parent)>;

    explicit ConnectionTester(ClientFactory factory, QObject *parent = nullptr);
    ~ConnectionTester() override;

    [[nodiscard]] bool isRunning() const { return m_client != nullptr; }
    // Emits finished() once, later. A test already running is cancelled.
    void test(const Account &account, const QString &apiKey);
    void cancel();

    [[nodiscard]] static QString messageFor(const Account &account, const ProviderResult &result);

signals:
    void finished(bool ok, const QString &message);

private:
    ClientFactory m_factory;
    QPointer<ProviderClient> m_client;
    QPointer<ProviderCall> m_call;
};
