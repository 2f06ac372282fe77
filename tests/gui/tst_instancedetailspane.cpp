#include "widgets/InstanceDetailsPane.h"
#include "widgets/SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString Password = u"s3cr3t-Root-pw"_s;

Instance novita()
{
    Instance i;
    i.provider = Provider::Novita;
    i.accountId = u"acc"_s;
    i.id = u"n-1"_s;
    i.name = u"render"_s;
    i.status = InstanceStatus::Running;
    i.gpuModel = u"RTX 4090"_s;
    i.gpuCount = 2;
    i.sshHost = u"203.0.113.7"_s;
    i.publicIp = i.sshHost;
    i.sshPort = 31234;
    i.sshUser = u"root"_s;
    i.sshPassword = Password;
    i.pricePerHour = 1.38;
    i.extras.insert(u"cluster_id"_s, u"us-ca-01"_s);
    i.extras.insert(u"image_url"_s, u"ubuntu:22.04"_s);
    return i;
}
} // namespace

class TestInstanceDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsFieldsAndExtras();
    void passwordHiddenByDefault();
    void passwordRevealedOnRequest();
    void otherInstanceHidesPasswordAgain();
    void copiedPasswordIsMarkedAndClearedAfterTimeout();
    void clearLeavesOtherClipboardContentAlone();
    void copySshCommand();
    void noPasswordFieldWithoutPassword();

private:
    [[nodiscard]] QLineEdit *passwordEdit() const
    {
        return m_pane->findChild<QLineEdit *>(u"passwordEdit"_s);
    }
    [[nodiscard]] QPushButton *button(const QString &name) const
    {
        return m_pane->findChild<QPushButton *>(name);
    }

    std::unique_ptr<InstanceDetailsPane> m_pane;
};

void TestInstanceDetailsPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestInstanceDetailsPane::init()
{
    QGuiApplication::clipboard()->clear();
    m_pane = std::make_unique<InstanceDetailsPane>();
    m_pane->setInstance(novita(), u"novita main"_s);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestInstanceDetailsPane::cleanup()
{
    m_pane.reset();
}

void TestInstanceDetailsPane::showsFieldsAndExtras()
{
    QCOMPARE(m_pane->findChild<QLabel *>(u"idValue"_s)->text(), u"n-1"_s);
    QCOMPARE(m_pane->findChild<QLabel *>(u"accountValue"_s)->text(), u"novita main"_s);
    QVERIFY(m_pane->findChild<QLabel *>(u"gpuValue"_s)->text().contains(u"RTX 4090"_s));
    QCOMPARE(m_pane->findChild<QLineEdit *>(u"sshCommandEdit"_s)->text(), u"ssh -p 31234 root@203.0.113.7"_s);
    bool extraShown = false;
    for (QLabel *label : m_pane->findChildren<QLabel *>())
        extraShown = extraShown || label->text() == u"us-ca-01"_s;
    QVERIFY(extraShown);
}

void TestInstanceDetailsPane::passwordHiddenByDefault()
{
    QVERIFY(passwordEdit()->isVisible());
    QVERIFY(!m_pane->isPasswordRevealed());
    QVERIFY(passwordEdit()->text().isEmpty()); // not merely masked: not in the widget at all
    QVERIFY(!passwordEdit()->displayText().contains(Password));
    for (QLabel *label : m_pane->findChildren<QLabel *>())
        QVERIFY(!label->text().contains(Password));
    QCOMPARE(button(u"showPasswordButton"_s)->text(), u"Show"_s);
}

void TestInstanceDetailsPane::passwordRevealedOnRequest()
{
    QTest::mouseClick(button(u"showPasswordButton"_s), Qt::LeftButton);
    QVERIFY(m_pane->isPasswordRevealed());
    QCOMPARE(passwordEdit()->displayText(), Password);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty()); // showing does not copy
    QTest::mouseClick(button(u"showPasswordButton"_s), Qt::LeftButton);
    QVERIFY(passwordEdit()->text().isEmpty());
}

void TestInstanceDetailsPane::otherInstanceHidesPasswordAgain()
{
    m_pane->setPasswordRevealed(true);
    m_pane->setInstance(novita(), u"novita main"_s); // a refresh of the same instance keeps it shown
    QVERIFY(m_pane->isPasswordRevealed());
    Instance other = novita();
    other.id = u"n-2"_s;
    m_pane->setInstance(other, u"novita main"_s);
    QVERIFY(!m_pane->isPasswordRevealed());
    QVERIFY(passwordEdit()->text().isEmpty());
}

void TestInstanceDetailsPane::copiedPasswordIsMarkedAndClearedAfterTimeout()
{
    m_pane->setClipboardClearDelay(200);
    QTest::mouseClick(button(u"copyPasswordButton"_s), Qt::LeftButton);
    QClipboard *clipboard = QGuiApplication::clipboard();
    QCOMPARE(clipboard->text(), Password);
    QCOMPARE(clipboard->mimeData()->data(u"x-kde-passwordManagerHint"_s), QByteArrayLiteral("secret"));
    QVERIFY(!m_pane->isPasswordRevealed()); // copying does not show it
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);
}

void TestInstanceDetailsPane::clearLeavesOtherClipboardContentAlone()
{
    m_pane->setClipboardClearDelay(100);
    m_pane->copyPassword();
    QGuiApplication::clipboard()->setText(u"something the user copied later"_s);
    auto *secretClipboard = m_pane->findChild<SecretClipboard *>();
    QVERIFY(secretClipboard);
    QSignalSpy expired(secretClipboard, &SecretClipboard::expired);
    QVERIFY(expired.wait(5000));
    QCOMPARE(QGuiApplication::clipboard()->text(), u"something the user copied later"_s);
}

void TestInstanceDetailsPane::copySshCommand()
{
    QTest::mouseClick(m_pane->findChild<QToolButton *>(u"copySshButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"ssh -p 31234 root@203.0.113.7"_s);
}

void TestInstanceDetailsPane::noPasswordFieldWithoutPassword()
{
    Instance fal = novita();
    fal.provider = Provider::Fal;
    fal.sshPassword.clear();
    m_pane->setInstance(fal, u"fal"_s);
    QVERIFY(!passwordEdit()->isVisible());
}

QTEST_MAIN(TestInstanceDetailsPane)
#include "tst_instancedetailspane.moc"
