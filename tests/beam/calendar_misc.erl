%% Pure functions of calendar, math and lists that compute dates and numbers: day
%% counts, weekdays, leap years, ISO weeks, conversions between seconds and datetimes.
-module(calendar_misc).
-export([main/0]).

main() ->
    io:format("~w~n", [calendar:date_to_gregorian_days(2024, 2, 29)]),
    io:format("~w~n", [calendar:gregorian_days_to_date(739000)]),
    io:format("~w~n", [[calendar:day_of_the_week(Y, 1, 1) || Y <- lists:seq(2020, 2030)]]),
    io:format("~w~n", [[Y || Y <- lists:seq(1896, 2024, 4), not calendar:is_leap_year(Y)]]),
    io:format("~w~n", [calendar:last_day_of_the_month(2023, 2)]),
    io:format("~w~n", [calendar:iso_week_number({2021, 1, 3})]),
    io:format("~w~n", [calendar:valid_date({2023, 2, 29})]),
    S = calendar:datetime_to_gregorian_seconds({{2000, 1, 1}, {12, 30, 15}}),
    io:format("~w~n", [S]),
    io:format("~w~n", [calendar:gregorian_seconds_to_datetime(S + 86400 * 366 + 3661)]),
    io:format("~w~n", [calendar:seconds_to_daystime(200000)]),
    io:format("~w~n", [calendar:time_difference({{2024, 1, 1}, {0, 0, 0}}, {{2024, 3, 1}, {6, 0, 0}})]),
    io:format("~s~n", [calendar:system_time_to_rfc3339(0, [{offset, "Z"}])]),
    io:format("~s~n", [calendar:system_time_to_rfc3339(1700000000123, [{unit, millisecond}, {offset, "+02:00"}])]),
    io:format("~w~n", [calendar:rfc3339_to_system_time("2024-06-01T12:00:00Z")]),
    io:format("~w~n", [days_between({1969, 7, 20}, {2024, 7, 20})]),
    ok.

days_between(D1, D2) -> calendar:date_to_gregorian_days(D2) - calendar:date_to_gregorian_days(D1).
