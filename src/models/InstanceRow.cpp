#include "models/InstanceRow.h"

#include "models/InstanceDigest.h"
#include "models/InstanceFormat.h"
#include "models/InstanceTableModel.h"

#include <QCoreApplication>
#include <QtAlgorithms>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

using M = InstanceTableModel;

constexpr quint32 bit(int column)
{
    return 1u << column;
}
// Fields with no column of their own (extras, createdAt, password): the whole row changed.
constexpr quint32 WholeRow = 1u << M::ColumnCount;
constexpr double UnknownPrice = std::numeric_limits<double>::infinity();

bool samePrice(std::optional<double> a, std::optional<double> b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || *a == *b || (std::isnan(*a) && std::isnan(*b));
}

const QString &nameOf(const Instance &instance)
{
    return instance.name.isEmpty() ? instance.id : instance.name;
}

template<typename T>
int compareValues(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Case-insensitive, like QString::compare(), which folds every character through Unicode tables:
// names and ids are ASCII, and a sort compares some 140,000 pairs for 10,000 rows.
int compareText(const QString &a, const QString &b)
{
    const qsizetype common = std::min(a.size(), b.size());
    const QChar *left = a.constData();
    const QChar *right = b.constData();
    for (qsizetype i = 0; i < common; ++i) {
        char16_t x = left[i].unicode();
        char16_t y = right[i].unicode();
        if (x == y)
            continue;
        if ((x | y) >= 0x80) {
            const int rest = QStringView(a).mid(i).compare(QStringView(b).mid(i), Qt::CaseInsensitive);
            return compareValues(rest, 0);
        }
        if (x >= u'A' && x <= u'Z')
            x += u'a' - u'A';
        if (y >= u'A' && y <= u'Z')
            y += u'a' - u'A';
        if (x != y)
            return x < y ? -1 : 1;
    }
    return compareValues(a.size(), b.size());
}

// Text, then a number: ordered as compare() orders the GPU and endpoint columns.
QString textAndNumberSortKey(const QString &text, int number)
{
    return text.toLower() + u'\t' + QString::number(number).rightJustified(10, u'0');
}

} // namespace

quint64 InstanceRow::digest(const Instance &instance, bool *exact)
{
    return InstanceDigest::compute(instance, exact);
}

void InstanceRow::updateRunningSince(qint64 nowMs)
{
    const bool wasRunning = running;
    running = instance.status == InstanceStatus::Running;
    if (!running)
        return;
    if (!wasRunning)
        firstSeenRunningMs = nowMs;
    runningSinceMs =
        instance.startedAt.isValid() ? instance.startedAt.toMSecsSinceEpoch() : firstSeenRunningMs;
}

qint64 InstanceRow::uptimeSeconds(qint64 nowMs) const
{
    if (!running)
        return -1;
    return std::max<qint64>(0, (nowMs - runningSinceMs) / 1000);
}

QVariant InstanceRow::display(int column, const QString &accountDisplay, qint64 nowMs) const
{
    switch (column) {
    case M::StatusColumn:
        if (instance.status == InstanceStatus::Unknown && !instance.providerStatus.isEmpty())
            //: a status GPU Fleet does not know; %1 is the provider's raw status
            return QCoreApplication::translate("InstanceTableModel", "Unknown (%1)")
                .arg(instance.providerStatus);
        return InstanceStatuses::displayName(instance.status);
    case M::NameColumn:
        return nameOf(instance);
    case M::ProviderColumn:
        return Providers::displayName(instance.provider);
    case M::AccountColumn:
        return accountDisplay;
    case M::GpuColumn:
        return InstanceFormat::gpus(instance.gpuModel, instance.gpuCount);
    case M::RegionColumn:
        return instance.region;
    case M::EndpointColumn:
        return InstanceFormat::endpoint(instance);
    case M::PriceColumn:
        return InstanceFormat::price(instance.pricePerHour);
    case M::UptimeColumn:
        return InstanceFormat::uptime(uptimeSeconds(nowMs));
    case M::IdColumn:
        return instance.id;
    default:
        return {};
    }
}

QVariant InstanceRow::toolTip(int column) const
{
    if (column == M::StatusColumn)
        return instance.statusMessage.isEmpty() ? instance.providerStatus : instance.statusMessage;
    if (column == M::EndpointColumn)
        return instance.sshCommand();
    return {};
}

QVariant InstanceRow::sortValue(int column, const QString &accountDisplay, qint64 nowMs) const
{
    switch (column) {
    case M::StatusColumn:
        return int(instance.status);
    case M::GpuColumn:
        return textAndNumberSortKey(instance.gpuModel, instance.gpuCount);
    case M::EndpointColumn:
        return textAndNumberSortKey(InstanceFormat::endpointHost(instance),
                                    InstanceFormat::endpointPort(instance));
    case M::PriceColumn:
        return instance.pricePerHour.value_or(UnknownPrice);
    case M::UptimeColumn:
        return uptimeSeconds(nowMs);
    default:
        return display(column, accountDisplay, nowMs).toString().toLower();
    }
}

InstanceRow::SortKey InstanceRow::sortKey() const
{
    SortKey key;
    key.price = instance.pricePerHour.value_or(UnknownPrice);
    key.hasPrice = instance.pricePerHour.has_value();
    key.running = running;
    key.runningSinceMs = running ? runningSinceMs : 0;
    key.status = int(instance.status);
    key.account = account;
    return key;
}

bool InstanceRow::hasSortValue(const SortKey &key, int column)
{
    if (column == M::PriceColumn)
        return key.hasPrice;
    if (column == M::UptimeColumn)
        return key.running;
    return true;
}

std::optional<int> InstanceRow::compareKeys(const SortKey &left, const SortKey &right, int column)
{
    switch (column) {
    case M::StatusColumn:
        return compareValues(left.status, right.status);
    case M::PriceColumn:
        return compareValues(left.price, right.price);
    case M::UptimeColumn:
        if (left.running != right.running)
            return left.running ? 1 : -1;
        // The earlier start has run longer; no clock read per comparison.
        return left.running ? compareValues(right.runningSinceMs, left.runningSinceMs) : 0;
    case M::AccountColumn:
        if (left.account == right.account)
            return 0;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

int InstanceRow::compare(const InstanceRow &left, const QString &leftAccount, const InstanceRow &right,
                         const QString &rightAccount, int column)
{
    if (const std::optional<int> byKey = compareKeys(left.sortKey(), right.sortKey(), column))
        return *byKey;
    const Instance &a = left.instance;
    const Instance &b = right.instance;
    switch (column) {
    case M::NameColumn:
        return compareText(nameOf(a), nameOf(b));
    case M::ProviderColumn:
        if (a.provider == b.provider)
            return 0;
        return compareText(Providers::displayName(a.provider), Providers::displayName(b.provider));
    case M::AccountColumn:
        return compareText(leftAccount, rightAccount);
    case M::GpuColumn:
        if (const int byModel = compareText(a.gpuModel, b.gpuModel))
            return byModel;
        return compareValues(a.gpuCount, b.gpuCount);
    case M::RegionColumn:
        return compareText(a.region, b.region);
    case M::EndpointColumn:
        if (const int byHost = compareText(InstanceFormat::endpointHost(a), InstanceFormat::endpointHost(b)))
            return byHost;
        return compareValues(InstanceFormat::endpointPort(a), InstanceFormat::endpointPort(b));
    case M::IdColumn:
        return compareText(a.id, b.id);
    default:
        return 0;
    }
}

quint32 InstanceRow::changedColumns(const Instance &a, const Instance &b)
{
    quint32 mask = 0;
    if (a.status != b.status)
        mask |= bit(M::StatusColumn) | bit(M::UptimeColumn);
    if (a.providerStatus != b.providerStatus || a.statusMessage != b.statusMessage)
        mask |= bit(M::StatusColumn);
    if (a.name != b.name)
        mask |= bit(M::NameColumn);
    if (a.provider != b.provider)
        mask |= bit(M::ProviderColumn);
    if (a.gpuModel != b.gpuModel || a.gpuCount != b.gpuCount)
        mask |= bit(M::GpuColumn);
    if (a.region != b.region)
        mask |= bit(M::RegionColumn);
    if (a.publicIp != b.publicIp || a.sshHost != b.sshHost || a.sshPort != b.sshPort
        || a.sshUser != b.sshUser)
        mask |= bit(M::EndpointColumn);
    if (!samePrice(a.pricePerHour, b.pricePerHour))
        mask |= bit(M::PriceColumn);
    if (a.startedAt != b.startedAt)
        mask |= bit(M::UptimeColumn);
    // accountId and id are equal: the model matched the rows by key.
    if (a.sshPassword != b.sshPassword || a.createdAt != b.createdAt || a.extras != b.extras)
        mask |= WholeRow;
    return mask;
}

int InstanceRow::firstColumn(quint32 mask)
{
    return mask & WholeRow ? 0 : int(qCountTrailingZeroBits(mask));
}

int InstanceRow::lastColumn(quint32 mask)
{
    return mask & WholeRow ? M::ColumnCount - 1 : 31 - int(qCountLeadingZeroBits(mask));
}
