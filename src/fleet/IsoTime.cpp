#include "fleet/IsoTime.h"

namespace {

// The digits at text[from, from + count), or -1.
int digits(QStringView text, qsizetype from, int count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

void appendDigits(QByteArray &out, int value, int width)
{
    char text[8];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        text[i] = char('0' + value % 10);
    out.append(text, width);
}

} // namespace

namespace IsoTime {

QDateTime parse(QStringView text)
{
    // yyyy-MM-ddTHH:mm:ssZ (20) or yyyy-MM-ddTHH:mm:ss.zzzZ (24)
    const bool shape = (text.size() == 20 || (text.size() == 24 && text.at(19) == u'.')) && text.at(4) == u'-'
        && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':' && text.at(16) == u':'
        && text.back() == u'Z';
    if (shape) {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2),
                         text.size() == 24 ? digits(text, 20, 3) : 0);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

void appendJson(QByteArray &out, const QDateTime &when)
{
    const QDate date = when.date();
    if (when.timeSpec() != Qt::UTC || date.year() < 0 || date.year() > 9999) {
        out += '"';
        out += when.toString(Qt::ISODateWithMs).toUtf8(); // no character here needs escaping
        out += '"';
        return;
    }
    const QTime time = when.time();
    out += '"';
    appendDigits(out, date.year(), 4);
    out += '-';
    appendDigits(out, date.month(), 2);
    out += '-';
    appendDigits(out, date.day(), 2);
    out += 'T';
    appendDigits(out, time.hour(), 2);
    out += ':';
    appendDigits(out, time.minute(), 2);
    out += ':';
    appendDigits(out, time.second(), 2);
    out += '.';
    appendDigits(out, time.msec(), 3);
    out += "Z\"";
}

} // namespace IsoTime
