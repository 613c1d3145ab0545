with a0:
    with a1:
        with a2:
            with a3:
                with a4:
                    with a5:
                        with a6:
                            with a7:
                                with a8:
                                    with a9:
                                        with a10:
                                            with a11:
                                                with a12:
                                                    with a13:
                                                        with a14:
                                                            with a15:
                                                                with a16:
                                                                    with a17:
                                                                        try:
                                                                            pass
                                                                        finally:
                                                                            try:
                                                                                pass
                                                                            finally:
                                                                                with b:
                                                                                    pass
