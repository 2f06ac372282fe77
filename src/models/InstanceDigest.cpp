#include "models/InstanceDigest.h"

#include <QDateTime>
#include <QStringList>

#include <cstring>
#include <limits>

namespace InstanceDigest {

namespace {

constexpr quint64 Golden = 0x9e3779b97f4a7c15ull;
constexpr quint64 Secret = 0xe7037ed1a0b428dbull;

// Folds the 128-bit product of a and b (wyhash's "mum"): one multiplication mixes two words.
inline quint64 mum(quint64 a, quint64 b)
{
#if defined(__SIZEOF_INT128__)
    __extension__ using Wide = unsigned __int128;
    const Wide product = Wide(a) * b;
    return quint64(product) ^ quint64(product >> 64);
#else
    const quint64 low = a * b;
    const quint64 x = (a ^ (a >> 29)) * (b | 1);
    return low ^ x ^ (x >> 32);
#endif
}

// Two words into one; xoring the inputs back in keeps b when a is zero (and the other way),
// which the bare product would lose (wyhash's "protected" variant).
inline quint64 mix(quint64 a, quint64 b)
{
    return mum(a, b) ^ a ^ b;
}

template<typename T>
inline quint64 load(const unsigned char *bytes)
{
    T value;
    std::memcpy(&value, bytes, sizeof value);
    return quint64(value);
}

// wyhash's layout: 16 bytes per multiplication, the length folded into the salt, and short or
// ragged ends read as overlapping in-bounds loads instead of byte loops. The products are summed,
// so no serial chain runs through a long string.
inline quint64 digestText(const QString &text, quint64 salt)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.constData());
    const size_t size = size_t(text.size()) * sizeof(char16_t);
    quint64 position = salt ^ (size * Golden);
    if (size <= 16) {
        quint64 a = 0;
        quint64 b = 0;
        if (size >= 8) {
            a = load<quint64>(bytes);
            b = load<quint64>(bytes + size - 8);
        } else if (size >= 4) {
            a = load<quint32>(bytes);
            b = load<quint32>(bytes + size - 4);
        } else if (size > 0) {
            a = load<quint16>(bytes);
        }
        return mix(a ^ position, b ^ Secret);
    }
    quint64 sum = 0;
    size_t offset = 0;
    for (; offset + 16 < size; offset += 16) {
        position += Golden;
        sum += mix(load<quint64>(bytes + offset) ^ position, load<quint64>(bytes + offset + 8) ^ Secret);
    }
    position += Golden;
    return sum + mix(load<quint64>(bytes + size - 16) ^ position, load<quint64>(bytes + size - 8) ^ Secret);
}

// One field: its salt (its position among the fields) keeps equal values in different fields
// apart, so the fields' digests can simply be summed.
inline quint64 digestField(quint64 value, quint64 salt)
{
    return mum(value ^ salt, Secret);
}

inline quint64 digestField(const QString &text, quint64 salt)
{
    // Without an allocation a non-empty string is a literal or raw data: its address fixes its
    // content. Another literal with the same text digests differently, which only costs the exact
    // comparison. Parsers use literals for extras' keys.
    if (!text.data_ptr().isMutable() && !text.isEmpty())
        return digestField(quint64(quintptr(text.constData())) ^ quint64(text.size()) << 48, salt);
    return digestText(text, salt);
}

inline quint64 digestField(const QDateTime &time, quint64 salt)
{
    return digestField(
        quint64(time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min()), salt);
}

inline quint64 digestField(double value, quint64 salt)
{
    quint64 bits;
    std::memcpy(&bits, &value, sizeof bits);
    return digestField(bits, salt);
}

quint64 digestMap(const QVariantMap &map, quint64 salt, bool *exact);

// Sets *exact to false when value holds a type this cannot read.
quint64 digestVariant(const QVariant &value, quint64 salt, bool *exact)
{
    const int type = value.typeId();
    const quint64 typed = salt ^ quint64(type) << 40;
    const void *data = value.constData();
    switch (type) {
    case QMetaType::UnknownType: // an invalid QVariant: nothing more to read
        return digestField(quint64(0), typed);
    case QMetaType::QString:
        return digestField(*static_cast<const QString *>(data), typed);
    case QMetaType::Int:
        return digestField(quint64(*static_cast<const int *>(data)), typed);
    case QMetaType::UInt:
        return digestField(quint64(*static_cast<const uint *>(data)), typed);
    case QMetaType::LongLong:
        return digestField(quint64(*static_cast<const qlonglong *>(data)), typed);
    case QMetaType::ULongLong:
        return digestField(quint64(*static_cast<const qulonglong *>(data)), typed);
    case QMetaType::Bool:
        return digestField(quint64(*static_cast<const bool *>(data)), typed);
    case QMetaType::Double:
        return digestField(*static_cast<const double *>(data), typed);
    case QMetaType::QStringList: {
        quint64 sum = digestField(quint64(static_cast<const QStringList *>(data)->size()), typed);
        quint64 itemSalt = typed;
        for (const QString &text : *static_cast<const QStringList *>(data))
            sum += digestField(text, itemSalt += Golden);
        return sum;
    }
    case QMetaType::QVariantList: {
        quint64 sum = digestField(quint64(static_cast<const QVariantList *>(data)->size()), typed);
        quint64 itemSalt = typed;
        for (const QVariant &item : *static_cast<const QVariantList *>(data))
            sum += digestVariant(item, itemSalt += Golden, exact);
        return mum(sum, Secret);
    }
    case QMetaType::QVariantMap:
        return digestMap(*static_cast<const QVariantMap *>(data), typed, exact);
    default:
        *exact = false;
        return typed;
    }
}

quint64 digestMap(const QVariantMap &map, quint64 salt, bool *exact)
{
    quint64 sum = digestField(quint64(map.size()), salt);
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        salt += 2 * Golden;
        sum += digestField(it.key(), salt) + digestVariant(it.value(), salt + Golden, exact);
    }
    // Mixed once more so that a nested map's sum is not a plain part of its parent's.
    return mum(sum, Secret);
}

} // namespace

quint64 compute(const Instance &instance, bool *exact)
{
    constexpr auto salt = [](int field) { return quint64(field) * Golden; };
    quint64 sum = digestField(quint64(instance.provider) | quint64(instance.status) << 16
                                  | quint64(instance.pricePerHour.has_value()) << 32,
                              salt(1));
    sum +=
        digestField(quint64(quint32(instance.gpuCount)) | quint64(quint32(instance.sshPort)) << 32, salt(17));
    sum += digestField(instance.accountId, salt(2));
    sum += digestField(instance.id, salt(3));
    sum += digestField(instance.name, salt(4));
    sum += digestField(instance.gpuModel, salt(5));
    sum += digestField(instance.region, salt(6));
    sum += digestField(instance.providerStatus, salt(7));
    sum += digestField(instance.statusMessage, salt(8));
    sum += digestField(instance.publicIp, salt(9));
    sum += digestField(instance.sshUser, salt(10));
    sum += digestField(instance.sshHost, salt(11));
    sum += digestField(instance.sshPassword, salt(12));
    sum += digestField(instance.pricePerHour.value_or(0), salt(13));
    sum += digestField(instance.createdAt, salt(14));
    sum += digestField(instance.startedAt, salt(15));
    *exact = true;
    sum += digestMap(instance.extras, salt(16), exact);
    return mum(sum, Secret);
}

} // namespace InstanceDigest
