#include "widgets/SshKeyCreator.h"
#include "widgets/SshKeyPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QStringList g_logged; // every message logged while a test runs

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged.append(message);
}

// Runs ssh-keygen (as the user would) and returns its standard output, trimmed.
QString sshKeygen(const QStringList &arguments)
{
    QProcess process;
    process.start(u"ssh-keygen"_s, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

bool generateKey(const QString &path, const QString &type, const QString &comment)
{
    QStringList arguments{u"-q"_s, u"-t"_s, type, u"-f"_s, path, u"-N"_s, QString(), u"-C"_s, comment};
    if (type == u"rsa"_s)
        arguments << u"-b"_s << u"2048"_s;
    QProcess process;
    process.start(u"ssh-keygen"_s, arguments);
    process.closeWriteChannel();
    return process.waitForFinished(30000) && process.exitCode() == 0 && QFile::exists(path + u".pub"_s);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

class TestSshKeyPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsKeysWithSshKeygenFingerprints();
    void privateKeyRefusedAndPublicSiblingOffered();
    void privateKeyWithoutSiblingRefused();
    void pastedPrivateKeyIsDiscarded();
    void pastedPublicKeyIsChosen();
    void lastUsedKeyIsRemembered();
    void pastedKeyIsRememberedToo();
    void noKeyOffersToCreateOne();
    void passphraseKeyIsCreatedInTerminal();
    void existingKeyFileIsNotOverwritten();

private:
    template<typename T>
    [[nodiscard]] T *child(const QString &name) const
    {
        return m_picker->findChild<T *>(name);
    }
    // Every text the picker shows or logged: labels, tooltips, edits, list items, messages.
    [[nodiscard]] QStringList visibleTexts() const;
    void verifyNoPrivateContent(const QString &privateKeyPath) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SshKeyPicker> m_picker;
    QtMessageHandler m_previousHandler = nullptr;
};

void TestSshKeyPicker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QStandardPaths::findExecutable(u"ssh-keygen"_s).isEmpty())
        QSKIP("ssh-keygen is not installed");
}

void TestSshKeyPicker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkdir(u"ssh"_s));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_picker = std::make_unique<SshKeyPicker>();
    m_picker->setSettings(m_settings.get());
    g_logged.clear();
    m_previousHandler = qInstallMessageHandler(recordMessage);
}

void TestSshKeyPicker::cleanup()
{
    qInstallMessageHandler(m_previousHandler);
    m_picker.reset();
    m_settings.reset();
    m_dir.reset();
}

QStringList TestSshKeyPicker::visibleTexts() const
{
    QStringList texts = g_logged;
    texts << m_picker->message() << m_picker->toolTip();
    const QList<QWidget *> widgets = m_picker->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        texts << widget->toolTip() << widget->statusTip() << widget->whatsThis();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            texts << edit->text() << edit->placeholderText();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
        if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i) << combo->itemData(i, Qt::ToolTipRole).toString();
        }
    }
    return texts;
}

void TestSshKeyPicker::verifyNoPrivateContent(const QString &privateKeyPath) const
{
    const QStringList lines = readText(privateKeyPath).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    const QString all = visibleTexts().join(u'\n');
    QVERIFY(!all.contains(u"BEGIN OPENSSH PRIVATE KEY"_s));
    for (const QString &line : lines) {
        if (line.startsWith(u"-----"_s))
            continue;
        // Any 16-character piece of the key body would be a leak.
        for (qsizetype at = 0; at + 16 <= line.size(); at += 16)
            QVERIFY2(!all.contains(line.mid(at, 16)), "private key content is shown or logged");
    }
}

void TestSshKeyPicker::listsKeysWithSshKeygenFingerprints()
{
    const QString dir = m_dir->filePath(u"ssh"_s);
    QVERIFY(generateKey(dir + u"/id_ed25519"_s, u"ed25519"_s, u"alice@test"_s));
    QVERIFY(generateKey(dir + u"/id_rsa"_s, u"rsa"_s, u"bob@test"_s));
    QVERIFY(generateKey(dir + u"/id_ecdsa"_s, u"ecdsa"_s, u"carol@test"_s));
    m_picker->setKeyDirectory(dir);

    auto *combo = child<QComboBox>(u"keyCombo"_s);
    QCOMPARE(combo->count(), 3);
    for (int i = 0; i < combo->count(); ++i) {
        combo->setCurrentIndex(i);
        const auto key = m_picker->currentKey();
        QVERIFY(key);
        const QString expected = sshKeygen({u"-lf"_s, key->path});
        QVERIFY(!expected.isEmpty());
        QCOMPARE(child<QLabel>(u"fingerprintLabel"_s)->text(), expected);
        const QString fingerprint = expected.section(u' ', 1, 1);
        QVERIFY(fingerprint.startsWith(u"SHA256:"_s));
        QVERIFY(combo->itemText(i).contains(fingerprint));
        QVERIFY(combo->itemText(i).contains(key->comment));
        QVERIFY(combo->itemText(i).contains(key->typeLabel()));
        QCOMPARE(m_picker->publicKeyLine(), readText(key->path).trimmed());
    }
}

void TestSshKeyPicker::privateKeyRefusedAndPublicSiblingOffered()
{
    const QString dir = m_dir->filePath(u"ssh"_s);
    const QString privateKey = m_dir->filePath(u"elsewhere_key"_s);
    QVERIFY(generateKey(privateKey, u"ed25519"_s, u"dave@test"_s));
    m_picker->setKeyDirectory(dir);
    QSignalSpy changed(m_picker.get(), &SshKeyPicker::keyChanged);

    QVERIFY(!m_picker->chooseFile(privateKey));
    QVERIFY(m_picker->publicKeyLine().isEmpty());
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_picker->message().contains(u"private"_s, Qt::CaseInsensitive));
    QVERIFY(m_picker->message().contains(u"elsewhere_key.pub"_s));
    auto *offer = child<QPushButton>(u"useSuggestedKeyButton"_s);
    QVERIFY(offer->isVisibleTo(m_picker.get()));
    verifyNoPrivateContent(privateKey);

    QTest::mouseClick(offer, Qt::LeftButton);
    QCOMPARE(m_picker->publicKeyLine(), readText(privateKey + u".pub"_s).trimmed());
    QCOMPARE(m_picker->currentKey()->path, QFileInfo(privateKey + u".pub"_s).absoluteFilePath());
    QVERIFY(changed.count() >= 1);
    QVERIFY(!offer->isVisibleTo(m_picker.get()));
    verifyNoPrivateContent(privateKey);
}

void TestSshKeyPicker::privateKeyWithoutSiblingRefused()
{
    const QString generated = m_dir->filePath(u"lonely"_s);
    QVERIFY(generateKey(generated, u"ed25519"_s, u"erin@test"_s));
    QVERIFY(QFile::remove(generated + u".pub"_s));
    m_picker->setKeyDirectory(m_dir->filePath(u"ssh"_s));

    QVERIFY(!m_picker->chooseFile(generated));
    QVERIFY(m_picker->message().contains(u"private"_s, Qt::CaseInsensitive));
    QVERIFY(!child<QPushButton>(u"useSuggestedKeyButton"_s)->isVisibleTo(m_picker.get()));
    QVERIFY(m_picker->publicKeyLine().isEmpty());
    verifyNoPrivateContent(generated);
}

void TestSshKeyPicker::pastedPrivateKeyIsDiscarded()
{
    const QString privateKey = m_dir->filePath(u"pasted"_s);
    QVERIFY(generateKey(privateKey, u"ed25519"_s, u"frank@test"_s));
    m_picker->setKeyDirectory(m_dir->filePath(u"ssh"_s));
    m_picker->show();
    QTest::mouseClick(child<QPushButton>(u"pasteButton"_s), Qt::LeftButton);
    auto *paste = child<QLineEdit>(u"pasteEdit"_s);
    QVERIFY(paste->isVisible());

    paste->insert(readText(privateKey));
    QVERIFY(paste->text().isEmpty());
    QVERIFY(!paste->isUndoAvailable());
    QVERIFY(m_picker->publicKeyLine().isEmpty());
    QVERIFY(m_picker->message().contains(u"private"_s, Qt::CaseInsensitive));
    verifyNoPrivateContent(privateKey);
}

void TestSshKeyPicker::pastedPublicKeyIsChosen()
{
    const QString key = m_dir->filePath(u"paste_me"_s);
    QVERIFY(generateKey(key, u"ed25519"_s, u"grace@test"_s));
    m_picker->setKeyDirectory(m_dir->filePath(u"ssh"_s));
    QSignalSpy changed(m_picker.get(), &SshKeyPicker::keyChanged);
    QTest::mouseClick(child<QPushButton>(u"pasteButton"_s), Qt::LeftButton);

    const QString line = readText(key + u".pub"_s).trimmed();
    child<QLineEdit>(u"pasteEdit"_s)->setText(u"  "_s + line + u"\r\n"_s);
    QCOMPARE(m_picker->publicKeyLine(), line);
    QVERIFY(changed.count() >= 1);
    QVERIFY(m_picker->message().isEmpty());
    QCOMPARE(child<QLabel>(u"fingerprintLabel"_s)->text(), sshKeygen({u"-lf"_s, key + u".pub"_s}));
}

void TestSshKeyPicker::lastUsedKeyIsRemembered()
{
    const QString dir = m_dir->filePath(u"ssh"_s);
    QVERIFY(generateKey(dir + u"/a_key"_s, u"ed25519"_s, u"first@test"_s));
    QVERIFY(generateKey(dir + u"/b_key"_s, u"ed25519"_s, u"second@test"_s));
    m_picker->setKeyDirectory(dir);
    QCOMPARE(m_picker->currentKey()->comment, u"first@test"_s); // sorted by file name

    QVERIFY(m_picker->chooseFile(dir + u"/b_key.pub"_s));
    QCOMPARE(m_settings->value(QString::fromLatin1(SshKeyPicker::LastKeySetting)).toString(),
             QFileInfo(dir + u"/b_key.pub"_s).absoluteFilePath());

    SshKeyPicker again;
    again.setSettings(m_settings.get());
    again.setKeyDirectory(dir);
    QCOMPARE(again.currentKey()->comment, u"second@test"_s);
}

void TestSshKeyPicker::pastedKeyIsRememberedToo()
{
    const QString key = m_dir->filePath(u"outside"_s);
    QVERIFY(generateKey(key, u"ed25519"_s, u"heidi@test"_s));
    m_picker->setKeyDirectory(m_dir->filePath(u"ssh"_s));
    const QString line = readText(key + u".pub"_s).trimmed();
    QVERIFY(m_picker->choosePastedText(line));

    SshKeyPicker again;
    again.setKeyDirectory(m_dir->filePath(u"ssh"_s));
    again.setSettings(m_settings.get());
    QCOMPARE(again.publicKeyLine(), line);
}

void TestSshKeyPicker::noKeyOffersToCreateOne()
{
    const QString dir = m_dir->filePath(u"ssh"_s);
    m_picker->setKeyDirectory(dir);
    m_picker->show();
    QVERIFY(m_picker->publicKeyLine().isEmpty());
    QVERIFY(!m_picker->message().isEmpty());
    auto *createKey = child<QPushButton>(u"createKeyButton"_s);
    QVERIFY(createKey->isVisible());

    QTest::mouseClick(createKey, Qt::LeftButton);
    auto *creator = child<SshKeyCreator>(u"sshKeyCreator"_s);
    QVERIFY(creator->isVisible());
    auto *path = child<QLineEdit>(u"newKeyPathEdit"_s);
    QCOMPARE(QDir::fromNativeSeparators(path->text()), dir + u"/id_ed25519"_s);
    QSignalSpy changed(m_picker.get(), &SshKeyPicker::keyChanged);
    child<QCheckBox>(u"noPassphraseCheck"_s)->setChecked(true);
    QTest::mouseClick(child<QPushButton>(u"generateKeyButton"_s), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!m_picker->publicKeyLine().isEmpty(), 30000);
    QVERIFY(QFile::exists(dir + u"/id_ed25519"_s));
    QCOMPARE(m_picker->currentKey()->path, QFileInfo(dir + u"/id_ed25519.pub"_s).absoluteFilePath());
    QCOMPARE(child<QLabel>(u"fingerprintLabel"_s)->text(), sshKeygen({u"-lf"_s, dir + u"/id_ed25519.pub"_s}));
    QVERIFY(!createKey->isVisible());
    QVERIFY(changed.count() >= 1);
    verifyNoPrivateContent(dir + u"/id_ed25519"_s);
}

void TestSshKeyPicker::passphraseKeyIsCreatedInTerminal()
{
    const QString dir = m_dir->filePath(u"ssh"_s);
    m_picker->setKeyDirectory(dir);
    SshKeyCreator *creator = m_picker->creator();
    creator->terminalLauncher()->setEnvironmentTerminal(u"xterm"_s);
    creator->terminalLauncher()->setExecutableFinder(
        [](const QString &name) -> QString { return u"/usr/bin/"_s + name; });
    QList<TerminalLauncher::Launch> launched;
    creator->setStarter([&launched](const TerminalLauncher::Launch &launch) {
        launched.append(launch);
        return true;
    });
    QSignalSpy started(creator, &SshKeyCreator::keyCreationStartedInTerminal);

    creator->create(); // "without a passphrase" left unticked
    QCOMPARE(launched.size(), 1);
    QCOMPARE(launched.first().program, u"xterm"_s);
    QCOMPARE(launched.first().arguments,
             (QStringList{u"-e"_s, u"ssh-keygen"_s, u"-t"_s, u"ed25519"_s, u"-f"_s, dir + u"/id_ed25519"_s}));
    QCOMPARE(started.count(), 1);
    QVERIFY(creator->message().contains(u"terminal"_s));
}

void TestSshKeyPicker::existingKeyFileIsNotOverwritten()
{
    const QString dir = m_dir->filePath(u"ssh"_s);
    QFile existing(dir + u"/id_ed25519"_s);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("not a key, but someone's file\n");
    existing.close();
    m_picker->setKeyDirectory(dir);
    SshKeyCreator *creator = m_picker->creator();
    child<QCheckBox>(u"noPassphraseCheck"_s)->setChecked(true);

    creator->create();
    QVERIFY(creator->message().contains(u"already exists"_s));
    QCOMPARE(readText(dir + u"/id_ed25519"_s), u"not a key, but someone's file\n"_s);
    QVERIFY(!QFile::exists(dir + u"/id_ed25519.pub"_s));
}

QTEST_MAIN(TestSshKeyPicker)
#include "tst_sshkeypicker.moc"
