CREATE TABLE lms_account (
    username      VARCHAR(100) NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(200) NOT NULL UNIQUE,
    role          VARCHAR(16)  NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    avatar_url    VARCHAR(500)
);

CREATE TABLE lms_category (
    id    VARCHAR(100) NOT NULL PRIMARY KEY,
    name  VARCHAR(200) NOT NULL
);

CREATE TABLE lms_course (
    id           VARCHAR(100)  NOT NULL PRIMARY KEY,
    title        VARCHAR(300)  NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    price        NUMERIC(19,4) NOT NULL CHECK (price >= 0),
    currency     VARCHAR(3)    NOT NULL,
    category_id  VARCHAR(100)  NOT NULL REFERENCES lms_category (id),
    instructor   VARCHAR(100)  NOT NULL REFERENCES lms_account (username),
    image_url    VARCHAR(500)
);

CREATE TABLE lms_purchase (
    id            VARCHAR(100)  NOT NULL PRIMARY KEY,
    buyer         VARCHAR(100)  NOT NULL REFERENCES lms_account (username),
    course_id     VARCHAR(100)  NOT NULL REFERENCES lms_course (id),
    price         NUMERIC(19,4) NOT NULL,
    currency      VARCHAR(3)    NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    purchased_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lms_purchase_buyer ON lms_purchase (buyer, purchased_at);

CREATE TABLE lms_refund (
    id           VARCHAR(100)  NOT NULL PRIMARY KEY,
    purchase_id  VARCHAR(100)  NOT NULL REFERENCES lms_purchase (id),
    amount       NUMERIC(19,4) NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    refunded_by  VARCHAR(100)  NOT NULL,
    refunded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
