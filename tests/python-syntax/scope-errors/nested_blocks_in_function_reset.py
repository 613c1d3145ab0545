while x:
    while x:
        while x:
            while x:
                while x:
                    while x:
                        while x:
                            while x:
                                while x:
                                    while x:
                                        while x:
                                            while x:
                                                while x:
                                                    while x:
                                                        while x:
                                                            def f():
                                                                for j0 in y:
                                                                    for j1 in y:
                                                                        for j2 in y:
                                                                            for j3 in y:
                                                                                for j4 in y:
                                                                                    for j5 in y:
                                                                                        for j6 in y:
                                                                                            for j7 in y:
                                                                                                for j8 in y:
                                                                                                    for j9 in y:
                                                                                                        for j10 in y:
                                                                                                            for j11 in y:
                                                                                                                for j12 in y:
                                                                                                                    for j13 in y:
                                                                                                                        for j14 in y:
                                                                                                                            for j15 in y:
                                                                                                                                for j16 in y:
                                                                                                                                    for j17 in y:
                                                                                                                                        for j18 in y:
                                                                                                                                            for j19 in y:
                                                                                                                                                for j20 in y:
                                                                                                                                                    pass
