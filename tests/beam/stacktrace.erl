%% Stack traces as programs see them with try ... catch Class:Reason:Stack: the frames
%% of this module (module, function, arity or arguments, file and line), BIF frames with
%% their arguments, and erlang:raise/3 passing a trace on. Frames below main/0 are not
%% printed: they belong to whatever started the program.
-module(stacktrace).
-export([main/0]).

main() ->
    show(fun() -> level1(0) end),
    show(fun() -> level1(zero) end),
    show(fun() -> bif_fail([]) end),
    show(fun() -> clause(3) end),
    show(fun() -> erlang:raise(throw, rethrown, [{fake, frame, 0, [{file, "fake.erl"}, {line, 1}]}]) end),
    show(fun() -> [deep(N) || N <- [5]] end),
    ok.

show(F) ->
    try F() of
        V -> io:format("returned ~p~n", [V])
    catch
        Class:Reason:Stack ->
            io:format("~p:~p~n", [Class, Reason]),
            [io:format("  ~p~n", [Frame]) || Frame <- own_frames(Stack)]
    end.

%% Keep the frames up to and including this module's main/0 or show/1 ...
own_frames([]) -> [];
own_frames([{?MODULE, show, _, _} | _]) -> [];
own_frames([Frame | Rest]) -> [Frame | own_frames(Rest)].

level1(X) -> 1 + level2(X).
level2(X) -> 1 + level3(X).
level3(X) -> 10 div X.

bif_fail(L) -> {ok, hd(L)}.

clause(X) -> [small(X)].
small(1) -> one;
small(2) -> two.

deep(0) -> erlang:error(bottom);
deep(N) -> [N | deep(N - 1)].
