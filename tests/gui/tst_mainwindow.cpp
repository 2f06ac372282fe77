#include "models/InstanceFilterProxyModel.h"
#include "models/InstanceTableModel.h"
#include "support/ScriptedPrompt.h"
#include "widgets/InstanceDetailsPane.h"
#include "widgets/MainWindow.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
Instance make(Provider provider, const QString &account, const QString &id, const QString &name,
              InstanceStatus status, double price)
{
    Instance i;
    i.provider = provider;
    i.accountId = account;
    i.id = id;
    i.name = name;
    i.status = status;
    i.gpuModel = provider == Provider::Fal ? u"H100"_s : u"RTX 4090"_s;
    i.gpuCount = 1;
    i.region = u"us-east"_s;
    i.pricePerHour = price;
    if (status == InstanceStatus::Running) {
        i.publicIp = u"203.0.113."_s + QString::number(id.size() + name.size());
        i.sshHost = i.publicIp;
        i.sshPort = provider == Provider::Novita ? 31234 : 22;
        i.sshUser = u"root"_s;
    }
    return i;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void filtersByText();
    void filtersByProvider();
    void filtersByStatusGroup();
    void copySshCommandPutsItOnTheClipboard();
    void copySshCommandByShortcut();
    void deleteAsksConfirmationOnceForTheSelection();
    void actionsEnableOnlyWhereEveryProviderAllows_data();
    void actionsEnableOnlyWhereEveryProviderAllows();
    void selectionSurvivesRefreshAndSort();
    void enterOpensDetails();
    void keyboardShortcuts();
    void contextMenuOffersOnlyWhatApplies();
    void headerStatePersists();

private:
    QList<Instance> falInstances() const;
    QList<Instance> novitaInstances() const;
    [[nodiscard]] QAction *action(const char *name) const;
    [[nodiscard]] int visibleRows() const { return m_proxy->rowCount(); }

    std::unique_ptr<InstanceTableModel> m_model;
    std::unique_ptr<InstanceFilterProxyModel> m_proxy;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ScriptedPrompt> m_prompt;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QList<Instance> TestMainWindow::falInstances() const
{
    return {make(Provider::Fal, u"fal1"_s, u"f-1"_s, u"trainer"_s, InstanceStatus::Running, 2.49),
            make(Provider::Fal, u"fal1"_s, u"f-2"_s, u"booting"_s, InstanceStatus::Provisioning, 1.99)};
}

QList<Instance> TestMainWindow::novitaInstances() const
{
    return {make(Provider::Novita, u"nov1"_s, u"n-1"_s, u"render"_s, InstanceStatus::Running, 0.69),
            make(Provider::Novita, u"nov1"_s, u"n-2"_s, u"parked"_s, InstanceStatus::Stopped, 0.35)};
}

void TestMainWindow::init()
{
    m_model = std::make_unique<InstanceTableModel>();
    m_proxy = std::make_unique<InstanceFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_model->setAccountLabel(u"fal1"_s, u"fal personal"_s);
    m_model->setAccountLabel(u"nov1"_s, u"novita"_s);
    m_model->setAccountInstances(u"fal1"_s, falInstances());
    m_model->setAccountInstances(u"nov1"_s, novitaInstances());
    m_window = std::make_unique<MainWindow>(m_model.get(), m_proxy.get());
    m_prompt = std::make_unique<ScriptedPrompt>();
    m_window->setConfirmationPrompt(m_prompt.get());
    m_window->setAccounts({{u"fal1"_s, u"fal personal"_s}, {u"nov1"_s, u"novita"_s}});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_prompt.reset();
    m_proxy.reset();
    m_model.reset();
}

QAction *TestMainWindow::action(const char *name) const
{
    auto *found = m_window->findChild<QAction *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no action %s", name);
    return found;
}

void TestMainWindow::filtersByText()
{
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    QVERIFY(search);
    QCOMPARE(visibleRows(), 4);
    QTest::keyClicks(search, u"rend"_s);
    QCOMPARE(visibleRows(), 1);
    QCOMPARE(m_proxy->index(0, 0).data(InstanceTableModel::InstanceKeyRole).toString(), u"nov1/n-1"_s);
    search->clear();
    QTest::keyClicks(search, u"h100"_s); // GPU model, case-insensitive
    QCOMPARE(visibleRows(), 2);
}

void TestMainWindow::filtersByProvider()
{
    auto *provider = m_window->findChild<QComboBox *>(u"providerFilterCombo"_s);
    QVERIFY(provider);
    provider->setCurrentIndex(provider->findData(int(Provider::Novita)));
    QCOMPARE(visibleRows(), 2);
    for (int row = 0; row < visibleRows(); ++row)
        QCOMPARE(m_proxy->index(row, 0).data(InstanceTableModel::ProviderRole).toString(), u"novita"_s);
    auto *account = m_window->findChild<QComboBox *>(u"accountFilterCombo"_s);
    QVERIFY(account);
    account->setCurrentIndex(account->findData(u"fal1"_s));
    QCOMPARE(visibleRows(), 0); // provider and account filters combine
    provider->setCurrentIndex(0);
    QCOMPARE(visibleRows(), 2);
}

void TestMainWindow::filtersByStatusGroup()
{
    auto *status = m_window->findChild<QComboBox *>(u"statusFilterCombo"_s);
    QVERIFY(status);
    status->setCurrentIndex(status->findData(int(InstanceFilterProxyModel::StatusGroup::Stopped)));
    QCOMPARE(visibleRows(), 1);
    QCOMPARE(m_proxy->index(0, 0).data(InstanceTableModel::InstanceKeyRole).toString(), u"nov1/n-2"_s);
    status->setCurrentIndex(status->findData(int(InstanceFilterProxyModel::StatusGroup::Active)));
    QCOMPARE(visibleRows(), 3);
}

void TestMainWindow::copySshCommandPutsItOnTheClipboard()
{
    QGuiApplication::clipboard()->clear();
    m_window->selectKeys({u"nov1/n-1"_s});
    QCOMPARE(m_window->selectedKeys(), QStringList{u"nov1/n-1"_s});
    QTRY_VERIFY(action("copySshAction")->isEnabled());
    action("copySshAction")->trigger();
    const QString expected = m_model->instance(u"nov1/n-1"_s)->sshCommand();
    QVERIFY(expected.startsWith(u"ssh -p 31234 root@"_s));
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);

    action("copyIpAction")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), m_model->instance(u"nov1/n-1"_s)->publicIp);
}

void TestMainWindow::copySshCommandByShortcut()
{
    QGuiApplication::clipboard()->clear();
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    m_window->selectKeys({u"fal1/f-1"_s});
    m_window->instanceView()->setFocus();
    QTRY_VERIFY(action("copySshAction")->isEnabled());
    QTest::keyClick(m_window->instanceView(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_model->instance(u"fal1/f-1"_s)->sshCommand());
}

void TestMainWindow::deleteAsksConfirmationOnceForTheSelection()
{
    QSignalSpy deleted(m_window.get(), &MainWindow::deleteRequested);
    const QStringList keys = {u"fal1/f-1"_s, u"nov1/n-2"_s};
    m_window->selectKeys(keys);
    QTRY_VERIFY(action("deleteAction")->isEnabled());

    m_prompt->answer = false;
    action("deleteAction")->trigger();
    QTRY_COMPARE(m_prompt->asked.size(), 1);
    const ConfirmationPrompt::Question question = m_prompt->asked.first();
    for (const QString &expected :
         {u"trainer"_s, u"f-1"_s, u"fal personal"_s, u"parked"_s, u"n-2"_s, u"novita"_s})
        QVERIFY2(question.informativeText.contains(expected), qPrintable(expected));
    QVERIFY(question.informativeText.contains(u"cannot be undone"_s));
    QVERIFY(question.text.contains(u"2"_s));
    QTRY_COMPARE(m_prompt->answered, 1);
    QCOMPARE(deleted.count(), 0);

    m_prompt->answer = true;
    action("deleteAction")->trigger();
    QTRY_COMPARE(deleted.count(), 1);
    QCOMPARE(m_prompt->asked.size(), 2);
    QStringList emitted = deleted.first().first().toStringList();
    emitted.sort();
    QCOMPARE(emitted, keys);
}

void TestMainWindow::actionsEnableOnlyWhereEveryProviderAllows_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("enabled");
    QTest::addColumn<QStringList>("disabled");
    const QStringList lifecycle = {u"startAction"_s, u"stopAction"_s, u"restartAction"_s};
    QTest::newRow("fal running: delete only")
        << QStringList{u"fal1/f-1"_s}
        << QStringList{u"deleteAction"_s, u"copySshAction"_s, u"openTerminalAction"_s} << lifecycle;
    QTest::newRow("novita running") << QStringList{u"nov1/n-1"_s}
                                    << QStringList{u"stopAction"_s, u"restartAction"_s, u"deleteAction"_s}
                                    << QStringList{u"startAction"_s};
    QTest::newRow("novita stopped") << QStringList{u"nov1/n-2"_s}
                                    << QStringList{u"startAction"_s, u"deleteAction"_s}
                                    << QStringList{u"stopAction"_s, u"restartAction"_s, u"copySshAction"_s};
    QTest::newRow("fal and novita running: no stop")
        << QStringList{u"fal1/f-1"_s, u"nov1/n-1"_s} << QStringList{u"deleteAction"_s, u"copySshAction"_s}
        << QStringList{u"startAction"_s, u"stopAction"_s, u"restartAction"_s, u"openTerminalAction"_s};
    QTest::newRow("nothing selected")
        << QStringList{} << QStringList{u"refreshAction"_s, u"newInstanceAction"_s}
        << lifecycle + QStringList{u"deleteAction"_s, u"copySshAction"_s};
}

void TestMainWindow::actionsEnableOnlyWhereEveryProviderAllows()
{
    QFETCH(QStringList, keys);
    QFETCH(QStringList, enabled);
    QFETCH(QStringList, disabled);
    m_window->selectKeys(keys);
    QCOMPARE(m_window->selectedKeys().size(), keys.size());
    for (const QString &name : enabled)
        QTRY_VERIFY2(action(name.toLatin1().constData())->isEnabled(), qPrintable(name));
    for (const QString &name : disabled)
        QVERIFY2(!action(name.toLatin1().constData())->isEnabled(), qPrintable(name));
}

void TestMainWindow::selectionSurvivesRefreshAndSort()
{
    const QStringList keys = {u"fal1/f-2"_s, u"nov1/n-1"_s};
    m_window->selectKeys(keys);
    m_window->instanceView()->sortByColumn(InstanceTableModel::PriceColumn, Qt::DescendingOrder);

    QList<Instance> fal = falInstances();
    fal[1].status = InstanceStatus::Running; // changes sort-relevant data of a selected row
    fal[1].pricePerHour = 9.99;
    fal.prepend(make(Provider::Fal, u"fal1"_s, u"f-0"_s, u"new one"_s, InstanceStatus::Running, 5.0));
    m_model->setAccountInstances(u"fal1"_s, fal);
    m_model->setAccountInstances(u"nov1"_s, {novitaInstances().first()}); // n-2 vanished

    QStringList selected = m_window->selectedKeys();
    selected.sort();
    QCOMPARE(selected, keys);
    QCOMPARE(m_proxy->index(0, 0).data(InstanceTableModel::InstanceKeyRole).toString(), u"fal1/f-2"_s);
}

void TestMainWindow::enterOpensDetails()
{
    auto *pane = m_window->detailsPane();
    QVERIFY(pane->isHidden());
    m_window->selectKeys({u"nov1/n-1"_s});
    m_window->instanceView()->setFocus();
    QTest::keyClick(m_window->instanceView(), Qt::Key_Return);
    QTRY_VERIFY(pane->isVisible());
    QCOMPARE(pane->instanceKey(), u"nov1/n-1"_s);
}

void TestMainWindow::keyboardShortcuts()
{
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    m_window->instanceView()->setFocus();
    QTest::keyClick(m_window->instanceView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    QSignalSpy refresh(m_window.get(), &MainWindow::refreshRequested);
    QSignalSpy create(m_window.get(), &MainWindow::newInstanceRequested);
    QTest::keyClick(m_window->instanceView(), Qt::Key_F5);
    QTest::keyClick(m_window->instanceView(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(refresh.count(), 1);
    QCOMPARE(create.count(), 1);

    // Del in the search field edits the text; in the table it asks to delete.
    m_window->selectKeys({u"fal1/f-1"_s});
    QTRY_VERIFY(action("deleteAction")->isEnabled());
    search->setText(u"x"_s);
    search->setFocus();
    search->home(false);
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(search->text(), QString());
    QCOMPARE(m_prompt->asked.size(), 0);
    m_window->selectKeys({u"fal1/f-1"_s}); // filtering by "x" dropped the selection
    QTRY_VERIFY(action("deleteAction")->isEnabled());
    m_window->instanceView()->setFocus();
    QTest::keyClick(m_window->instanceView(), Qt::Key_Delete);
    QTRY_COMPARE(m_prompt->asked.size(), 1);
}

void TestMainWindow::contextMenuOffersOnlyWhatApplies()
{
    m_window->selectKeys({u"fal1/f-1"_s});
    QTableView *view = m_window->instanceView();
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForKey(u"fal1/f-1"_s, 1));
    emit view->customContextMenuRequested(view->visualRect(index).center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_window->findChild<QMenu *>(u"instanceContextMenu"_s)) != nullptr);
    QStringList names;
    for (QAction *entry : menu->actions()) {
        if (!entry->isSeparator())
            names << entry->objectName();
    }
    QVERIFY(names.contains(u"deleteAction"_s));
    QVERIFY(names.contains(u"copySshAction"_s));
    QVERIFY(names.contains(u"showDetailsAction"_s));
    QVERIFY(!names.contains(u"startAction"_s));
    QVERIFY(!names.contains(u"stopAction"_s)); // fal: no lifecycle actions
    menu->close();
}

void TestMainWindow::headerStatePersists()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"ui.conf"_s), QSettings::IniFormat);
    QHeaderView *header = m_window->instanceView()->horizontalHeader();
    header->resizeSection(InstanceTableModel::NameColumn, 321);
    header->moveSection(header->visualIndex(InstanceTableModel::PriceColumn), 1);
    m_window->instanceView()->sortByColumn(InstanceTableModel::PriceColumn, Qt::DescendingOrder);
    m_window->saveSettings(settings);
    settings.sync();

    QSettings reread(dir.filePath(u"ui.conf"_s), QSettings::IniFormat);
    MainWindow second(m_model.get(), m_proxy.get());
    second.restoreSettings(reread);
    QHeaderView *restored = second.instanceView()->horizontalHeader();
    QCOMPARE(restored->sectionSize(InstanceTableModel::NameColumn), 321);
    QCOMPARE(restored->visualIndex(InstanceTableModel::PriceColumn), 1);
    QCOMPARE(restored->sortIndicatorSection(), int(InstanceTableModel::PriceColumn));
    QCOMPARE(restored->sortIndicatorOrder(), Qt::DescendingOrder);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
