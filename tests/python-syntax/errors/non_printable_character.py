x = a  b
