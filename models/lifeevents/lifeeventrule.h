#pragma once

#include <QString>

// One rule of the office's table (life_event_rule): which life event opens which errand, with
// the office's wording and lead time. Events: "age" (turning `age`), "yearly" (every birthday
// from `age` + 1 on, e.g. the 高龄津贴 资格认证), "death", "birth", "move_in" (a household that
// moved in, for residents whose 户口 is elsewhere), "tag_date" (a date attribute of a current tag,
// e.g. 低保's 复核日期: due `leadDays` before that date).
struct LifeEventRule
{
    qint64 id = 0;
    QString code;
    QString event;
    int age = 0;
    int leadDays = 0;   // the errand is due this many days before the birthday
    QString errandType; // errand_type code
    QString wording;    // {name}, {age} and {date} are filled in
    bool active = true;
    QString tagCode;       // "tag_date": the tag (low_income)
    QString attributeCode; // "tag_date": its date attribute (review_date)
};
