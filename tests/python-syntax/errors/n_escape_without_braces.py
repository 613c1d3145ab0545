greeting = "Hello, \Nobody"
