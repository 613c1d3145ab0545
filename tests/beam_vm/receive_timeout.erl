%% A receive's `after` timer runs from the start of the receive: messages that match no
%% clause wake the process but do not restart the timer. A waiter with a 100 ms timeout
%% keeps getting non-matching messages every 10 ms for 400 ms; it must time out long
%% before they stop.
-module(receive_timeout).
-export([main/0]).

main() ->
    Self = self(),
    W = spawn(fun() ->
                      receive wanted -> Self ! got_wanted
                      after 100 -> Self ! timed_out
                      end
              end),
    Outcome = pester(W, 40),
    io:format("~w~n", [Outcome]).

pester(_, 0) ->
    receive timed_out -> timed_out_too_late after 1000 -> never_timed_out end;
pester(W, K) ->
    W ! junk,
    receive timed_out -> timed_out_while_pestered after 10 -> pester(W, K - 1) end.
