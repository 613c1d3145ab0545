%% A real gen_server: this module implements the gen_server behaviour and main/0 drives
%% it through OTP's gen_server module: start_link with a registered name, call, cast,
%% plain messages to handle_info, a call that times out, a stateful stop that runs
%% terminate/2, a second unnamed instance, and an init/1 that returns ignore.
-module(gen_server_counter).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3]).

main() ->
    {ok, Pid} = gen_server:start_link({local, counter}, ?MODULE, 10, []),
    io:format("started ~w~n", [whereis(counter) =:= Pid]),
    io:format("~p~n", [gen_server:call(counter, get)]),
    io:format("~p~n", [gen_server:call(counter, {add, 5})]),
    ok = gen_server:cast(counter, {add, 100}),
    ok = gen_server:cast(counter, double),
    io:format("~p~n", [gen_server:call(counter, get)]),
    counter ! {plain_message, 7},
    io:format("~p~n", [gen_server:call(counter, get)]),
    io:format("~p~n", [gen_server:call(counter, history)]),
    io:format("~p~n", [gen_server:call(counter, unknown_request)]),
    io:format("~p~n", [try gen_server:call(counter, {sleep, 400}, 50)
                       catch exit:{timeout, {gen_server, call, _}} -> call_timed_out end]),
    io:format("~p~n", [gen_server:call(counter, get)]),
    {ok, Other} = gen_server:start(?MODULE, 0, []),
    io:format("~p ~p~n", [gen_server:call(Other, {add, 1}), gen_server:call(counter, get)]),
    Replies = [gen_server:call(Other, {add, N}) || N <- lists:seq(1, 10)],
    io:format("~p~n", [Replies]),
    ok = gen_server:stop(Other),
    io:format("other alive: ~w~n", [is_process_alive(Other)]),
    io:format("~p~n", [gen_server:call(counter, {stop_with, 3})]),
    io:format("~p~n", [gen_server:call(counter, get)]),
    ok = gen_server:stop(counter, normal, infinity),
    io:format("registered after stop: ~w~n", [whereis(counter)]),
    io:format("~p~n", [try gen_server:call(counter, get) catch exit:{noproc, _} -> noproc end]),
    io:format("~p~n", [gen_server:start(?MODULE, ignore_me, [])]),
    ok.

%% The state is {Count, History}.
init(ignore_me) ->
    ignore;
init(Start) ->
    {ok, {Start, [{init, Start}]}}.

handle_call(get, _From, {N, _} = S) ->
    {reply, N, S};
handle_call({add, K}, _From, {N, H}) ->
    {reply, {ok, N + K}, {N + K, [{add, K} | H]}};
handle_call(history, _From, {_, H} = S) ->
    {reply, lists:reverse(H), S};
handle_call({sleep, Ms}, _From, S) ->
    timer:sleep(Ms),
    {reply, slept, S};
handle_call({stop_with, K}, From, {N, H}) ->
    gen_server:reply(From, {replied_early, N}),
    {noreply, {N * K, [{times, K} | H]}};
handle_call(_Other, _From, S) ->
    {reply, {error, unknown}, S}.

handle_cast({add, K}, {N, H}) -> {noreply, {N + K, [{cast_add, K} | H]}};
handle_cast(double, {N, H}) -> {noreply, {N * 2, [double | H]}}.

handle_info({plain_message, K}, {N, H}) -> {noreply, {N - K, [{info, K} | H]}};
handle_info(_, S) -> {noreply, S}.

terminate(Reason, {N, _}) ->
    io:format("terminate(~p) with count ~p~n", [Reason, N]).

code_change(_OldVsn, State, _Extra) -> {ok, State}.
