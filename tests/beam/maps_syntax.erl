%% Map syntax: literals, update with => and :=, matching in heads and case clauses,
%% guards on maps, nested maps, and printing of small maps (keys in term order).
-module(maps_syntax).
-export([main/0]).

main() ->
    M0 = #{},
    M1 = M0#{name => "Ada", age => 36},
    M2 = M1#{age := 37, lang => erlang},
    io:format("~p~n~p~n~p~n", [M0, M1, M2]),
    io:format("~w~n", [M2]),
    #{name := Name, age := Age} = M2,
    io:format("~s is ~w~n", [Name, Age]),
    io:format("~p~n", [describe(M2)]),
    io:format("~p~n", [describe(#{kind => circle, r => 2})]),
    io:format("~p~n", [describe(#{kind => square, side => 3})]),
    io:format("~p~n", [describe(#{})]),
    Mixed = #{1 => int, 1.0 => float, "s" => string, <<"b">> => binary, {t} => tuple,
              [l] => list, a => atom, #{} => map},
    io:format("~p~n", [Mixed]),
    io:format("~p ~p~n", [maps:get(1, Mixed), maps:get(1.0, Mixed)]),
    Nested = #{config => #{db => #{host => "localhost", port => 5432}, debug => true}},
    #{config := #{db := #{port := Port}}} = Nested,
    io:format("port ~w~n", [Port]),
    Nested2 = Nested#{config := (maps:get(config, Nested))#{debug := false}},
    io:format("~p~n", [Nested2]),
    io:format("~w ~w~n", [map_size(M2), is_map(M2)]),
    io:format("~w ~w~n", [is_map_key(age, M2), map_get(lang, M2)]),
    K = dynamic,
    io:format("~p~n", [#{K => 1, {K, K} => 2}]),
    io:format("~p~n", [count_words(["a", "b", "a", "c", "b", "a"])]),
    io:format("~p~n", [try M1#{missing := 1} catch error:R -> R end]),
    io:format("~p~n", [try #{a := X} = M1, X catch error:R2 -> R2 end]),
    io:format("~p~n", [try (not_a_map)#{a => 1} catch error:R3 -> R3 end]),
    io:format("~w~n", [#{a => 1, b => 2} =:= #{b => 2, a => 1}]),
    io:format("~w~n", [lists:sort([#{b => 1}, #{a => 2}, #{a => 1, b => 1}, #{c => 0}])]),
    io:format("~w~n", [#{1 => a} == #{1.0 => a}]),
    Big = maps:from_list([{N, N * N} || N <- lists:seq(1, 20)]),
    io:format("~p~n", [Big]),
    ok.

describe(#{kind := circle, r := R}) -> {circle_area, 3 * R * R};
describe(#{kind := square, side := S}) when S > 0 -> {square_area, S * S};
describe(#{name := N}) when is_list(N) -> {named, N};
describe(M) when map_size(M) =:= 0 -> empty.

count_words(Ws) ->
    lists:foldl(fun(W, Acc) ->
                        case Acc of
                            #{W := C} -> Acc#{W := C + 1};
                            _ -> Acc#{W => 1}
                        end
                end, #{}, Ws).
