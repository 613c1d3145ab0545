%% Term order and equality: number < atom < reference < fun < port < pid < tuple < map
%% < nil < list < bitstring; == versus =:=; comparisons inside each type; sorting lists
%% that mix every type (printed through a function that hides pids and references).
-module(term_order).
-export([main/0]).

main() ->
    Ref = make_ref(),
    Fun = fun() -> ok end,
    Pid = self(),
    Mixed = [<<"bin">>, [1, 2], [], #{a => 1}, {1, 2, 3}, {9}, Pid, Fun, Ref, zebra, apple,
             3.5, 3, -1, 1 bsl 70, "abc", <<1:1>>, {}, #{}, 2.0, 2, nil],
    Sorted = lists:sort(Mixed),
    io:format("~p~n", [[show(T) || T <- Sorted]]),
    io:format("~p~n", [[show(T) || T <- lists:reverse(lists:sort(fun(A, B) -> A >= B end, Mixed))]]),
    io:format("~w~n", [[1 == 1.0, 1 =:= 1.0, 1 /= 1.0, 1 =/= 1.0, 0 == 0.0, 2 > 1.5]]),
    io:format("~w~n", [[a < b, a < "a", {a} < {a, b}, {b} < {a, a}, [] < [a], "ab" < "b"]]),
    io:format("~w~n", [[{1, 2} < {1, 3}, {2, 1} > {1, 9}, [1, 2] < [1, 2, 0], [2] > [1, 9, 9]]]),
    io:format("~w~n", [[#{a => 2} < #{b => 1}, #{a => 1, b => 2} > #{c => 3}, #{a => 1} < #{a => 2}]]),
    io:format("~w~n", [[#{1 => a} < #{1.0 => a}, #{1 => a} == #{1.0 => a}]]),
    io:format("~w~n", [[<<1>> < <<1, 0>>, <<2>> > <<1, 255>>, <<1:1>> > <<0>>, <<>> < <<0:1>>]]),
    io:format("~w~n", [[1 < a, a < {}, {} < [], [] < <<>>, Fun < Pid, Ref < Fun, 1 bsl 100 < a]]),
    io:format("~w~n", [lists:sort([3, 1.0, 2, 1, 3.0, 2.0])]),
    io:format("~w~n", [lists:usort([3, 1.0, 2, 1, 3.0, 2.0])]),
    io:format("~w~n", [lists:usort([1, 1.0])]),
    io:format("~w~n", [lists:usort([1.0, 1])]),
    io:format("~w~n", [lists:sort([[b], [a, c], [a], [a, b, c], []])]),
    io:format("~w~n", [lists:sort([{b, 1}, {a, 2, 0}, {a, 1}, {c}, {}])]),
    io:format("~w~n", [lists:sort(["b", "a", "ab", "", "B"])]),
    io:format("~w~n", [lists:keysort(2, [{x, 2.0}, {y, 1}, {z, 2}, {w, 1.0}])]),
    io:format("~w~n", [lists:max([1, a, "z", {z}, 2.0])]),
    io:format("~w~n", [lists:min([1, a, "z", {z}, 2.0])]),
    io:format("~w~n", [[erlang:max(1, 1.0), erlang:min(1, 1.0), erlang:max(1.0, 1), erlang:min(1.0, 1)]]),
    io:format("~w~n", [[-0.0 == 0, -0.0 =:= 0.0, 1.0e300 < 1 bsl 1000, -(1 bsl 1000) < -1.0e300]]),
    io:format("~w~n", [[9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0]]),
    io:format("~w~n", [[(1 bsl 64) == (1 bsl 64) * 1.0, (1 bsl 64) + 1 > (1 bsl 64) * 1.0]]),
    io:format("~w~n", [[Ref == Ref, Fun == Fun, Pid == self(), make_ref() == Ref]]),
    ok.

show(T) when is_pid(T) -> pid;
show(T) when is_reference(T) -> reference;
show(T) when is_function(T) -> function;
show(T) -> T.
