// libFuzzer target: IdNumber::parse and mask on arbitrary UTF-8 text.
#include "models/cnrules/idnumber.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const IdNumber id = IdNumber::parse(text, QDate(2025, 6, 1));
    if (id.isValid()) {
        Q_ASSERT(id.normalized().size() == 18);
        Q_ASSERT(IdNumber::parse(id.normalized(), QDate(2025, 6, 1)) == id);
    }
    Q_ASSERT(IdNumber::mask(text).size() >= 0);
    IdNumber::checkDigit(text);
    return 0;
}
