%% A bank: each account is a gen_server (this module implements the behaviour) with an
%% API module-style interface; transfers between accounts, refused withdrawals,
%% concurrent clients whose deposits all arrive, and a statement at the end.
-module(bank_account).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3]).

%% API
open(Owner, Initial) -> {ok, Pid} = gen_server:start_link(?MODULE, {Owner, Initial}, []), Pid.
balance(A) -> gen_server:call(A, balance).
deposit(A, Amount) -> gen_server:call(A, {deposit, Amount}).
withdraw(A, Amount) -> gen_server:call(A, {withdraw, Amount}).
statement(A) -> gen_server:call(A, statement).
close(A) -> gen_server:stop(A).

transfer(From, To, Amount) ->
    case withdraw(From, Amount) of
        {ok, _} -> {ok, _} = deposit(To, Amount), ok;
        {error, _} = E -> E
    end.

main() ->
    Alice = open("alice", 100),
    Bob = open("bob", 50),
    io:format("~p ~p~n", [balance(Alice), balance(Bob)]),
    io:format("~p~n", [deposit(Alice, 25)]),
    io:format("~p~n", [withdraw(Bob, 80)]),
    io:format("~p~n", [withdraw(Bob, 20)]),
    io:format("~p~n", [deposit(Bob, -5)]),
    io:format("~p~n", [transfer(Alice, Bob, 60)]),
    io:format("~p~n", [transfer(Bob, Alice, 1000)]),
    io:format("~p ~p~n", [balance(Alice), balance(Bob)]),
    Self = self(),
    Clients = [spawn_link(fun() ->
                                  [deposit(Alice, N) || _ <- lists:seq(1, 10)],
                                  Self ! {client_done, N}
                          end) || N <- lists:seq(1, 20)],
    [receive {client_done, N} -> ok end || N <- lists:seq(1, 20)],
    io:format("after ~w clients: ~p~n", [length(Clients), balance(Alice)]),
    io:format("~p~n", [lists:sublist(statement(Bob), 10)]),
    {Deposits, Withdrawals} = lists:partition(fun({K, _}) -> K =:= deposit end, statement(Alice)),
    io:format("alice: ~w deposits, ~w withdrawals~n", [length(Deposits), length(Withdrawals)]),
    io:format("~p~n", [lists:sum([A || {deposit, A} <- Deposits]) - lists:sum([A || {withdraw, A} <- Withdrawals])]),
    gen_server:cast(Bob, {interest, 10}),
    io:format("with interest: ~p~n", [balance(Bob)]),
    close(Alice),
    close(Bob),
    io:format("closed: ~w ~w~n", [is_process_alive(Alice), is_process_alive(Bob)]),
    ok.

init({Owner, Initial}) -> {ok, #{owner => Owner, balance => Initial, log => [{deposit, Initial}]}}.

handle_call(balance, _From, #{balance := B} = S) ->
    {reply, B, S};
handle_call({deposit, A}, _From, S) when not is_integer(A); A =< 0 ->
    {reply, {error, {invalid_amount, A}}, S};
handle_call({deposit, A}, _From, #{balance := B, log := L} = S) ->
    {reply, {ok, B + A}, S#{balance := B + A, log := [{deposit, A} | L]}};
handle_call({withdraw, A}, _From, #{balance := B} = S) when A > B ->
    {reply, {error, {insufficient_funds, B}}, S};
handle_call({withdraw, A}, _From, #{balance := B, log := L} = S) ->
    {reply, {ok, B - A}, S#{balance := B - A, log := [{withdraw, A} | L]}};
handle_call(statement, _From, #{log := L} = S) ->
    {reply, lists:reverse(L), S}.

handle_cast({interest, Pct}, #{balance := B, log := L} = S) ->
    I = B * Pct div 100,
    {noreply, S#{balance := B + I, log := [{interest, I} | L]}}.

handle_info(_Msg, S) -> {noreply, S}.

terminate(normal, #{owner := O, balance := B}) ->
    io:format("closing ~s with ~p~n", [O, B]).

code_change(_, S, _) -> {ok, S}.
