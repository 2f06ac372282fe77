#include "app/SshConfigSync.h"
#include "app/SshIntegrationController.h"
#include "fleet/FleetMonitor.h"
#include "models/InstanceFilterProxyModel.h"
#include "models/InstanceTableModel.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderFactory.h"
#include "support/ScriptedPrompt.h"
#include "widgets/GeneralSettings.h"
#include "widgets/MainWindow.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString AccountId = u"acc-lab"_s;
const QString Alias = u"lab-trainer"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

Instance runningInstance()
{
    Instance i;
    i.provider = Provider::Novita;
    i.accountId = AccountId;
    i.id = u"i-1"_s;
    i.name = u"trainer"_s;
    i.status = InstanceStatus::Running;
    i.gpuModel = u"RTX 4090"_s;
    i.gpuCount = 1;
    i.publicIp = u"203.0.113.7"_s;
    i.sshHost = i.publicIp;
    i.sshPort = 31234;
    i.sshUser = u"root"_s;
    i.createdAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    return i;
}
} // namespace

// The window's "Add to SSH config" and "Open in VS Code" through SshIntegrationController, with a
// temporary home and a temporary PATH that has (or lacks) a fake `code`.
class TestSshIntegrationController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_bin;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FleetMonitor> m_fleet;
    std::unique_ptr<InstanceTableModel> m_model;
    std::unique_ptr<InstanceFilterProxyModel> m_proxy;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SshConfigSync> m_sync;
    std::unique_ptr<SshIntegrationController> m_controller;
    std::unique_ptr<ScriptedPrompt> m_prompt;
    QByteArray m_path;
    QString m_key;

    [[nodiscard]] QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    [[nodiscard]] bool managed() const
    {
        return m_settings->value(QString::fromLatin1(GeneralSettings::ManageSshConfigKey), false).toBool();
    }
    [[nodiscard]] int includeCount() const
    {
        return int(readAll(m_sync->writer().userConfigPath()).count(m_sync->writer().includeLine().toUtf8()));
    }
    // A `code` that records its arguments, one a line, in argv.txt next to it.
    [[nodiscard]] QString installFakeCode() const
    {
        const QString code = m_bin->filePath(u"code"_s);
        const QByteArray script = "#!/bin/sh\nprintf '%s\\n' \"$@\" > \""
            + QFile::encodeName(m_bin->filePath(u"argv.txt"_s)) + "\"\n";
        if (!writeAll(code, script)
            || !QFile::setPermissions(
                code, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return {};
        return m_bin->filePath(u"argv.txt"_s);
    }
    void trigger(const char *name)
    {
        m_window->selectKeys({m_key});
        QAction *entry = action(name);
        QVERIFY(entry);
        QTRY_VERIFY(entry->isEnabled());
        entry->trigger();
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"gpufleet.*.debug=false"_s);
        m_path = qgetenv("PATH");
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_bin = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid() && m_bin->isValid());
        // `code` is looked up on PATH: only the test's own folder is on it.
        qputenv("PATH", QFile::encodeName(m_bin->path()));
        m_settings = std::make_unique<QSettings>(m_home->filePath(u"gpufleet.conf"_s), QSettings::IniFormat);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_fleet = std::make_unique<FleetMonitor>();
        m_model = std::make_unique<InstanceTableModel>();
        m_proxy = std::make_unique<InstanceFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        connect(m_fleet.get(), &FleetMonitor::accountInstancesChanged, m_model.get(),
                &InstanceTableModel::setAccountInstances);
        m_window = std::make_unique<MainWindow>(m_model.get(), m_proxy.get());
        m_prompt = std::make_unique<ScriptedPrompt>();
        m_window->setConfirmationPrompt(m_prompt.get());
        m_sync = std::make_unique<SshConfigSync>(*m_fleet, *m_settings, m_home->path());
        m_controller = std::make_unique<SshIntegrationController>(*m_window, m_sync.get());

        // Never started: the instance comes from the "cache", no request is made.
        Account account;
        account.id = AccountId;
        account.provider = Provider::Novita;
        account.label = u"lab"_s;
        account.endpoint = QUrl(u"http://127.0.0.1:9"_s);
        m_fleet->addAccount(ProviderFactory::create(account, u"sk_unused"_s, m_network.get()));
        m_model->setAccountLabel(AccountId, account.label);
        const Instance instance = runningInstance();
        m_key = instance.key();
        m_fleet->loadCached(AccountId, {instance});
        QTRY_VERIFY(m_model->instance(m_key).has_value());
        QCOMPARE(m_sync->entryFor(m_key)->alias, Alias);
        QGuiApplication::clipboard()->setText(u"before"_s);
    }

    void cleanup()
    {
        m_controller.reset();
        m_sync.reset();
        m_window.reset();
        m_prompt.reset();
        m_proxy.reset();
        m_model.reset();
        m_fleet.reset();
        m_network.reset();
        m_settings.reset();
        m_bin.reset();
        m_home.reset();
        qputenv("PATH", m_path);
    }

    void actionsAreInTheContextMenu()
    {
        m_window->selectKeys({m_key});
        QTableView *view = m_window->instanceView();
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexForKey(m_key, 1));
        emit view->customContextMenuRequested(view->visualRect(index).center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = m_window->findChild<QMenu *>(u"instanceContextMenu"_s)) != nullptr);
        QVERIFY(menu->actions().contains(action("addToSshConfigAction")));
        QVERIFY(menu->actions().contains(action("openInVsCodeAction")));
        menu->close();
    }

    void addWhenOffAsksAndAddsTheIncludeOnce()
    {
        m_prompt->answer = true;
        trigger("addToSshConfigAction");
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), u"ssh "_s + Alias);
        QCOMPARE(m_prompt->asked.size(), 1);
        QVERIFY(m_prompt->asked.first().informativeText.contains(m_sync->writer().includeLine()));
        QVERIFY(managed());
        QCOMPARE(includeCount(), 1);
        QVERIFY(readAll(m_sync->writer().managedConfigPath())
                    .contains(QByteArray("Host " + Alias.toUtf8() + '\n')));
        QVERIFY(m_window->statusBar()->currentMessage().contains(Alias));

        // Managed now: no second question, no second Include.
        QGuiApplication::clipboard()->setText(u"before"_s);
        trigger("addToSshConfigAction");
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), u"ssh "_s + Alias);
        QCOMPARE(m_prompt->asked.size(), 1);
        QCOMPARE(includeCount(), 1);
    }

    void addDeclinedWritesNothing()
    {
        m_prompt->answer = false;
        trigger("addToSshConfigAction");
        QTRY_COMPARE(m_prompt->answered, 1);
        QVERIFY(!managed());
        QVERIFY(!QFileInfo::exists(m_home->filePath(u".ssh"_s)));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"before"_s);
    }

    void openInVsCodeWithoutCodeCopiesTheLink()
    {
        QVERIFY(m_sync->enable());
        trigger("openInVsCodeAction");
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), SshConfigWriter::vsCodeLink(Alias, u"/root"_s));
        QVERIFY(m_prompt->asked.isEmpty());
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"“code”"_s));
    }

    void openInVsCodeRunsCode()
    {
        const QString argv = installFakeCode();
        QVERIFY(!argv.isEmpty());
        QVERIFY(m_sync->enable());
        trigger("openInVsCodeAction");
        QTRY_VERIFY_WITH_TIMEOUT(readAll(argv).endsWith('\n'), 10000);
        QCOMPARE(readAll(argv), QByteArray("--remote\nssh-remote+" + Alias.toUtf8() + "\n/root\n"));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"before"_s);
    }

    void openInVsCodeWhenOffAsksFirst()
    {
        const QString argv = installFakeCode();
        QVERIFY(!argv.isEmpty());
        m_prompt->answer = true;
        trigger("openInVsCodeAction");
        QTRY_VERIFY_WITH_TIMEOUT(readAll(argv).contains(QByteArray("ssh-remote+" + Alias.toUtf8())), 10000);
        QCOMPARE(m_prompt->asked.size(), 1);
        QVERIFY(managed());
        QCOMPARE(includeCount(), 1);
    }

    void hostStarRuleAboveTheIncludeIsWarnedAbout()
    {
        QVERIFY(QDir().mkpath(m_home->filePath(u".ssh"_s)));
        QVERIFY(writeAll(m_sync->writer().userConfigPath(),
                         "Host *\n    User everyone\nHost *\n    Include "
                             + m_sync->writer().managedConfigPath().toUtf8() + '\n'));
        m_settings->setValue(QString::fromLatin1(GeneralSettings::ManageSshConfigKey), true);
        trigger("addToSshConfigAction");
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), u"ssh "_s + Alias);
        QVERIFY(m_prompt->asked.isEmpty()); // the Include is there already
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"on line 1 of ~/.ssh/config sets User"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void demoLeavesTheConfigAlone()
    {
        m_controller = std::make_unique<SshIntegrationController>(*m_window, nullptr);
        trigger("addToSshConfigAction");
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"demo"_s));
        QVERIFY(m_prompt->asked.isEmpty());
        QVERIFY(!QFileInfo::exists(m_home->filePath(u".ssh"_s)));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"before"_s);
    }
};

QTEST_MAIN(TestSshIntegrationController)
#include "tst_sshintegrationcontroller.moc"
