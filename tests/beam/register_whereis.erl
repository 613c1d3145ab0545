%% Registered names: register, whereis, sending to a name, unregister, the errors for
%% duplicate names and for sending to a name nobody has, and names freed when their
%% process exits.
-module(register_whereis).
-export([main/0]).

main() ->
    Pid = spawn(fun loop/0),
    io:format("~w~n", [register(adder, Pid)]),
    io:format("~w~n", [whereis(adder) =:= Pid]),
    io:format("~w~n", [lists:member(adder, registered())]),
    adder ! {add, 2, 3, self()},
    receive {sum, S} -> io:format("sum ~w~n", [S]) end,
    {adder, node()} ! {add, 10, 20, self()},
    receive {sum, S2} -> io:format("sum ~w~n", [S2]) end,
    io:format("~w~n", [catching(fun() -> register(adder, self()) end)]),
    io:format("~w~n", [catching(fun() -> register(another_name, Pid) end)]),
    io:format("~w~n", [catching(fun() -> register(undefined, self()) end)]),
    io:format("~w~n", [catching(fun() -> nobody_here ! hello end)]),
    io:format("~w~n", [catching(fun() -> erlang:send(nobody_here, hello) end)]),
    io:format("~w~n", [whereis(nobody_here)]),
    io:format("~w~n", [unregister(adder)]),
    io:format("~w~n", [whereis(adder)]),
    io:format("~w~n", [catching(fun() -> unregister(adder) end)]),
    true = register(adder2, Pid),
    Ref = monitor(process, adder2),
    adder2 ! stop,
    receive {'DOWN', Ref, process, _, normal} -> ok end,
    io:format("after exit: ~w~n", [whereis(adder2)]),
    register(main_process, self()),
    main_process ! to_myself,
    receive to_myself -> io:format("got message sent to my own name~n") end,
    io:format("~w~n", [process_info(self(), registered_name)]),
    io:format("~w~n", [process_info(self(), [registered_name, trap_exit])]),
    unregister(main_process),
    io:format("~w~n", [process_info(self(), registered_name)]),
    %% The list form gives {registered_name, []} for a process without a name.
    io:format("~w~n", [process_info(self(), [registered_name, trap_exit])]),
    Names = [list_to_atom("worker_" ++ integer_to_list(N)) || N <- lists:seq(1, 5)],
    [register(Name, spawn(fun() -> named_worker(Name) end)) || Name <- Names],
    [Name ! {who, self()} || Name <- Names],
    io:format("~w~n", [[receive {i_am, Name} -> Name end || Name <- Names]]),
    ok.

catching(F) -> try F() catch Class:Reason -> {Class, Reason} end.

loop() ->
    receive
        {add, A, B, From} -> From ! {sum, A + B}, loop();
        stop -> ok
    end.

named_worker(Name) ->
    receive {who, From} -> From ! {i_am, Name} end.
