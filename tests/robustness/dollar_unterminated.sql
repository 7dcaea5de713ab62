$$ unterminated dollar
CREATE TABLE b (y int);
