#include "fleet/UsageHistory.h"

#include "core/Logging.h"
#include "fleet/IsoTime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int FormatVersion = 1;
constexpr int DefaultSaveDelayMs = 10000;
constexpr int KeepDays = 400; // a bit more than a year of monthly totals

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// Kept in UTC: totals compare instants, and a conversion to local time per timestamp (glibc checks
// /etc/localtime every time) made loading 10,000 records take a tenth of a second.
QDateTime timeFrom(const QJsonValue &value)
{
    return IsoTime::parse(value.toString());
}

double hoursBetween(const QDateTime &from, const QDateTime &to)
{
    return from.isValid() && to.isValid() && from < to ? double(from.msecsTo(to)) / 3600000.0 : 0.0;
}
} // namespace

double UsageHistory::Record::hours(const QDateTime &now) const
{
    return hoursBetween(start, isOpen() ? now : end);
}

UsageHistory::UsageHistory(Clock clock, const QString &path, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_path(path)
    , m_firstDayOfWeek(QLocale().firstDayOfWeek())
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(DefaultSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &UsageHistory::saveInBackground);
}

UsageHistory::~UsageHistory()
{
    if (m_saveTimer.isActive())
        save();
    m_saving.waitForFinished();
}

QString UsageHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/gpufleet/history.json"_s;
}

bool UsageHistory::load()
{
    QFile file(m_path);
    if (!file.exists())
        return true; // nothing recorded yet
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcFleet) << "cannot read the usage history" << m_path << file.errorString();
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject()) {
        // Kept aside rather than overwritten by the next save: the user may want it back.
        file.close();
        QFile::remove(m_path + u".bad"_s);
        QFile::rename(m_path, m_path + u".bad"_s);
        qCWarning(lcFleet) << "usage history is not valid JSON; kept as .bad, starting a new one";
        return false;
    }
    m_records.clear();
    const QJsonArray rows = document.object().value(u"records"_s).toArray();
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        Record r;
        r.accountId = o.value(u"accountId"_s).toString();
        r.accountLabel = o.value(u"accountLabel"_s).toString();
        r.instanceId = o.value(u"instanceId"_s).toString();
        r.name = o.value(u"name"_s).toString();
        r.provider = Providers::fromId(o.value(u"provider"_s).toString()).value_or(Provider::Fal);
        r.start = timeFrom(o.value(u"start"_s));
        r.end = timeFrom(o.value(u"end"_s));
        r.lastSeen = timeFrom(o.value(u"lastSeen"_s));
        if (o.value(u"pricePerHour"_s).isDouble())
            r.pricePerHour = o.value(u"pricePerHour"_s).toDouble();
        r.estimate = o.value(u"estimate"_s).toBool();
        if (!r.accountId.isEmpty() && !r.instanceId.isEmpty() && r.start.isValid())
            m_records.append(r);
    }
    emit changed();
    return true;
}

bool UsageHistory::save()
{
    m_saveTimer.stop();
    m_saving.waitForFinished();
    return write(m_path, m_records, m_clock());
}

void UsageHistory::saveInBackground()
{
    // The timer's saves run on a worker thread: 10,000 records took ~100 ms of the GUI thread
    // every 10 s while a fleet changed (docs/PERFORMANCE.md). The records are an implicitly
    // shared copy; a later save waits for this one.
    m_saveTimer.stop();
    m_saving.waitForFinished();
    m_saving = QtConcurrent::run(&UsageHistory::write, m_path, m_records, m_clock());
}

bool UsageHistory::write(const QString &path, const QList<Record> &records, const QDateTime &now)
{
    QJsonArray rows;
    for (const Record &r : records) {
        const double hours = r.hours(r.isOpen() && r.lastSeen.isValid() ? r.lastSeen : now);
        rows.append(QJsonObject{
            {u"accountId"_s, r.accountId},
            {u"accountLabel"_s, r.accountLabel},
            {u"instanceId"_s, r.instanceId},
            {u"name"_s, r.name},
            {u"provider"_s, Providers::id(r.provider)},
            {u"start"_s, timeValue(r.start)},
            {u"end"_s, timeValue(r.end)},
            {u"lastSeen"_s, timeValue(r.lastSeen)},
            {u"hours"_s, hours},
            {u"pricePerHour"_s, r.pricePerHour ? QJsonValue(*r.pricePerHour) : QJsonValue()},
            {u"estimatedCost"_s, r.pricePerHour ? QJsonValue(*r.pricePerHour * hours) : QJsonValue()},
            {u"estimate"_s, r.estimate},
        });
    }
    const QJsonObject root{{u"version"_s, FormatVersion}, {u"records"_s, rows}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        qCWarning(lcFleet) << "cannot write the usage history" << path << file.errorString();
        return false;
    }
    return true;
}

void UsageHistory::scheduleSave()
{
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void UsageHistory::setAccountLabel(const QString &accountId, const QString &label)
{
    m_labels.insert(accountId, label);
}

void UsageHistory::closeOpen(const QString &accountId, const QSet<QString> &runningIds, const QDateTime &at)
{
    for (Record &r : m_records) {
        if (r.isOpen() && r.accountId == accountId && !runningIds.contains(r.instanceId)) {
            // Not watched since the last session: it ended some time after we last saw it.
            r.end = at.isValid() ? at : (r.lastSeen.isValid() ? r.lastSeen : r.start);
            r.end = qMax(r.end, r.start);
        }
    }
}

void UsageHistory::onAccountInstancesChanged(const QString &accountId, const QList<Instance> &instances)
{
    const QDateTime now = m_clock();
    // Compared in UTC: a comparison with a local time converts it anew for every instance.
    const QDateTime nowUtc = now.toUTC();
    const bool watched = m_accountsSeen.contains(accountId);
    m_accountsSeen.insert(accountId);
    const QString label = m_labels.value(accountId);
    QSet<QString> running;
    bool structural = false;
    // The account's open records by instance id, found in one pass: a search per instance made a
    // list of 1,000 cost ~10 million string comparisons against 10,000 records (docs/PERFORMANCE.md).
    QHash<QString, qsizetype> openById;
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const Record &r = m_records.at(i);
        if (r.isOpen() && r.accountId == accountId)
            openById.insert(r.instanceId, i);
    }
    for (const Instance &instance : instances) {
        if (instance.status != InstanceStatus::Running)
            continue;
        running.insert(instance.id);
        const bool providerStart = instance.startedAt.isValid() && instance.startedAt <= nowUtc;
        auto found = openById.constFind(instance.id);
        if (found == openById.cend()) {
            Record r;
            r.accountId = accountId;
            r.instanceId = instance.id;
            r.provider = instance.provider;
            r.start = providerStart ? instance.startedAt : now;
            m_records.append(r);
            found = openById.insert(instance.id, m_records.size() - 1);
            structural = true;
        }
        const auto it = m_records.begin() + *found;
        if (providerStart && it->start != instance.startedAt) {
            it->start = instance.startedAt;
        }
        it->name = instance.displayName();
        if (!label.isEmpty())
            it->accountLabel = label;
        it->lastSeen = now;
        const CostTracker::Price price = m_priceLookup ? m_priceLookup(instance) : CostTracker::Price{};
        if (price.perHour)
            it->pricePerHour = price.perHour;
        it->estimate = !providerStart || price.source == CostTracker::Price::Source::User;
    }
    const qsizetype openBefore =
        std::count_if(m_records.cbegin(), m_records.cend(), [](const Record &r) { return r.isOpen(); });
    closeOpen(accountId, running, watched ? now : QDateTime());
    const QDateTime oldest = now.addDays(-KeepDays).toUTC();
    m_records.removeIf([&](const Record &r) { return !r.isOpen() && r.end < oldest; });
    structural =
        structural || openBefore != std::count_if(m_records.cbegin(), m_records.cend(), [](const Record &r) {
                          return r.isOpen();
                      });
    scheduleSave();
    if (structural)
        emit changed();
}

void UsageHistory::onAccountRemoved(const QString &accountId)
{
    if (m_accountsSeen.contains(accountId))
        onAccountInstancesChanged(accountId, {});
    m_accountsSeen.remove(accountId);
}

UsageHistory::Totals UsageHistory::totals(const QString &accountId, const QDateTime &from,
                                          const QDateTime &to) const
{
    const QDateTime now = m_clock();
    Totals totals;
    for (const Record &r : m_records) {
        if (r.accountId != accountId)
            continue;
        const double hours = hoursBetween(qMax(r.start, from), qMin(r.isOpen() ? now : r.end, to));
        if (hours <= 0)
            continue;
        totals.hours += hours;
        totals.instances += 1;
        totals.estimate = totals.estimate || r.estimate;
        if (r.pricePerHour)
            totals.cost += *r.pricePerHour * hours;
        else
            totals.unpriced = true;
    }
    return totals;
}

QList<UsageHistory::AccountTotals> UsageHistory::summary() const
{
    const QDateTime now = m_clock();
    const QDate today = now.date();
    const QDateTime dayStart = today.startOfDay();
    const int daysIntoWeek = (today.dayOfWeek() - int(m_firstDayOfWeek) + 7) % 7;
    const QDateTime weekStart = today.addDays(-daysIntoWeek).startOfDay();
    const QDateTime monthStart = QDate(today.year(), today.month(), 1).startOfDay();

    QList<AccountTotals> rows;
    QSet<QString> done;
    for (const Record &r : m_records) {
        if (done.contains(r.accountId))
            continue;
        done.insert(r.accountId);
        AccountTotals row;
        row.accountId = r.accountId;
        row.label = m_labels.value(r.accountId);
        if (row.label.isEmpty()) {
            // The label as last recorded (the account may be gone).
            for (const Record &other : m_records) {
                if (other.accountId == r.accountId && !other.accountLabel.isEmpty())
                    row.label = other.accountLabel;
            }
        }
        if (row.label.isEmpty())
            row.label = r.accountId;
        row.today = totals(r.accountId, dayStart, now);
        row.week = totals(r.accountId, weekStart, now);
        row.month = totals(r.accountId, monthStart, now);
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const AccountTotals &a, const AccountTotals &b) {
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    return rows;
}
