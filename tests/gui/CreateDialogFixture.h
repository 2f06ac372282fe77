#pragma once

#include "app/CreateInstanceController.h"
#include "core/AccountStore.h"
#include "fleet/FleetMonitor.h"
#include "providers/HttpTransport.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderFactory.h"
#include "providers/nebulablock/NebulaBlockClient.h"
#include "simulator/SimulatedCloud.h"
#include "widgets/CreateInstanceDialog.h"
#include "widgets/OfferingTable.h"
#include "widgets/SshKeyPicker.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The create dialog wired as the app wires it, against an in-process simulated cloud: three
// accounts (fal, Novita, Nebula Block) with real clients from ProviderFactory, the real
// FleetMonitor and CreateInstanceController, real HTTP on 127.0.0.1. Shared by the dialog and
// controller tests; header-only, so it needs no build target of its own.
class CreateDialogFixture
{
    QTemporaryDir m_dir; // first: it must outlive the settings and the account store files in it
    QString m_keysDirectory;

public:
    static QString apiKey(Provider provider)
    {
        using namespace Qt::Literals::StringLiterals;
        switch (provider) {
        case Provider::Fal:
            return u"fal-key-dialog"_s;
        case Provider::Novita:
            return u"sk_novita_dialog"_s;
        case Provider::NebulaBlock:
            return u"ak_nebula_dialog"_s;
        }
        return {};
    }

    // The create POST of each provider (providers/*.md).
    static QString createPath(Provider provider)
    {
        using namespace Qt::Literals::StringLiterals;
        switch (provider) {
        case Provider::Fal:
            return u"/compute/instances"_s;
        case Provider::Novita:
            return u"/gpu/instance/create"_s;
        case Provider::NebulaBlock:
            return u"/computing/instance"_s;
        }
        return {};
    }

    // An ed25519 key pair made by ssh-keygen in `directory` (never committed).
    static bool generateKey(const QString &directory)
    {
        using namespace Qt::Literals::StringLiterals;
        QProcess keygen;
        keygen.start(u"ssh-keygen"_s,
                     {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-f"_s, directory + u"/id_ed25519"_s, u"-N"_s,
                      QString(), u"-C"_s, u"dialog@test"_s});
        keygen.closeWriteChannel();
        return keygen.waitForFinished(30000) && keygen.exitCode() == 0;
    }

    // Starts the cloud, adds the accounts and opens the dialog; false when any step failed.
    bool setUp(const QString &keysDirectory)
    {
        using namespace Qt::Literals::StringLiterals;
        m_keysDirectory = keysDirectory;
        if (!m_dir.isValid())
            return false;
        settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        cloud = std::make_unique<SimulatedCloud>();
        if (!cloud->start())
            return false;
        cloud->setStepMs(100000); // lifecycles move only when a test says so
        network = std::make_unique<QNetworkAccessManager>();
        store = std::make_unique<AccountStore>(m_dir.filePath(u"accounts.conf"_s));
        fleet = std::make_unique<FleetMonitor>();
        PollIntervals intervals;
        intervals.fastMs = 500;
        intervals.slowMs = 60000;
        fleet->setIntervals(intervals);
        const QList<QPair<Provider, QString>> accounts{{Provider::Fal, u"a-fal"_s},
                                                       {Provider::Novita, u"b-novita"_s},
                                                       {Provider::NebulaBlock, u"c-nebula"_s}};
        for (const auto &[provider, label] : accounts) {
            cloud->addAccount(provider, apiKey(provider));
            Account account;
            account.provider = provider;
            account.label = label;
            account.endpoint = cloud->baseUrl(provider);
            const AccountStore::AddResult added = store->addAccount(account);
            if (added.error != AccountStore::Error::None)
                return false;
            ProviderClient *client = ProviderFactory::create(added.account, apiKey(provider), network.get());
            if (!client)
                return false;
            client->transport()->setTimeout(3000);
            client->transport()->setBackoff(10, 50);
            if (auto *nebula = qobject_cast<NebulaBlockClient *>(client))
                nebula->setCreateLookup(10, 100);
            fleet->addAccount(client);
            accountIds.insert(provider, added.account.id);
        }
        controller = std::make_unique<CreateInstanceController>(*fleet, *store);
        openDialog();
        return true;
    }

    ~CreateDialogFixture() { delete dialog; }

    // A new dialog, as the app opens one per "New Instance".
    void openDialog()
    {
        delete dialog;
        dialog = new CreateInstanceDialog(*settings);
        dialog->sshKeyPicker()->setKeyDirectory(m_keysDirectory);
        controller->attach(dialog);
        dialog->open();
    }

    template<typename T>
    [[nodiscard]] T *child(const QString &name) const
    {
        T *found = dialog->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    [[nodiscard]] bool shown(const QString &name) const { return child<QWidget>(name)->isVisibleTo(dialog); }
    [[nodiscard]] QString text(const QString &labelName) const { return child<QLabel>(labelName)->text(); }
    [[nodiscard]] bool createEnabled() const
    {
        using namespace Qt::Literals::StringLiterals;
        return child<QPushButton>(u"createButton"_s)->isEnabled();
    }
    void clickCreate() const
    {
        using namespace Qt::Literals::StringLiterals;
        QTest::mouseClick(child<QPushButton>(u"createButton"_s), Qt::LeftButton);
    }

    // Chooses the account of `provider` as a user would and waits for its catalogue.
    bool chooseProvider(Provider provider) const
    {
        using namespace Qt::Literals::StringLiterals;
        auto *accounts = child<QComboBox>(u"accountCombo"_s);
        const int index = accounts->findData(accountIds.value(provider));
        if (index < 0)
            return false;
        accounts->setCurrentIndex(index);
        return QTest::qWaitFor(
            [&] {
                if (child<QLabel>(u"catalogueStatusLabel"_s)->isVisibleTo(dialog))
                    return false;
                if (provider == Provider::Fal)
                    return child<QComboBox>(u"instanceTypeCombo"_s)->count() == 2;
                return child<OfferingTable>(u"offeringTable"_s)->rowCount() > 0;
            },
            10000);
    }

    // Clicks the product's row; false when it cannot be chosen (unknown or unavailable).
    bool selectProduct(const QString &offeringId) const
    {
        using namespace Qt::Literals::StringLiterals;
        auto *table = child<OfferingTable>(u"offeringTable"_s);
        const int row = table->rowOf(offeringId);
        if (row < 0)
            return false;
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(row, 0)).center());
        return table->currentOffering() && table->currentOffering()->id == offeringId;
    }

    // <build>/screenshots/create-<provider><suffix>.png, for a person to look at.
    bool saveScreenshot(Provider provider, const QString &suffix = {}) const
    {
        using namespace Qt::Literals::StringLiterals;
        const QString dir = QStringLiteral(GPUFLEET_BINARY_DIR) + u"/screenshots"_s;
        // Let the layout catch up with the last change, as it would before the next paint.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        return QDir().mkpath(dir)
            && dialog->grab().save(dir + u"/create-"_s + Providers::id(provider) + suffix + u".png"_s);
    }

    std::unique_ptr<QSettings> settings;
    std::unique_ptr<SimulatedCloud> cloud;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<AccountStore> store;
    std::unique_ptr<FleetMonitor> fleet;
    std::unique_ptr<CreateInstanceController> controller;
    QHash<Provider, QString> accountIds;
    QPointer<CreateInstanceDialog> dialog;
};
