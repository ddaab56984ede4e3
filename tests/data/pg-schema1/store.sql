--
-- PostgreSQL database dump
--

\restrict WnBETs6AYyGEdEkdvZs3iCtLcaPYdjfm1ybUraSU9PgNxXgjiCN5nBoHIuqsLdU

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: parley; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA parley;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: counters; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.counters (
    name text NOT NULL,
    n bigint NOT NULL
);


--
-- Name: dict; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.dict (
    kind text NOT NULL COLLATE pg_catalog."C",
    value text NOT NULL COLLATE pg_catalog."C",
    folded text NOT NULL
);


--
-- Name: documents; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.documents (
    num bigint NOT NULL,
    id text NOT NULL COLLATE pg_catalog."C",
    content_hash bigint NOT NULL,
    date text,
    title text,
    url text,
    source text,
    origin text,
    line bigint,
    ingested_at text NOT NULL,
    nevents integer NOT NULL,
    nsent integer NOT NULL,
    sentences text,
    text text NOT NULL
);


--
-- Name: documents_num_seq; Type: SEQUENCE; Schema: parley; Owner: -
--

CREATE SEQUENCE parley.documents_num_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: documents_num_seq; Type: SEQUENCE OWNED BY; Schema: parley; Owner: -
--

ALTER SEQUENCE parley.documents_num_seq OWNED BY parley.documents.num;


--
-- Name: event_rid; Type: SEQUENCE; Schema: parley; Owner: -
--

CREATE SEQUENCE parley.event_rid
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: events; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.events (
    day integer NOT NULL,
    rid bigint NOT NULL,
    doc bigint NOT NULL,
    doc_id text NOT NULL COLLATE pg_catalog."C",
    seq integer NOT NULL,
    type text NOT NULL COLLATE pg_catalog."C",
    cameo text COLLATE pg_catalog."C",
    quad integer NOT NULL,
    goldstein double precision NOT NULL,
    g10 bigint NOT NULL,
    mode text,
    prec text,
    coder text,
    negated boolean NOT NULL,
    date_raw text,
    src_text text,
    src_name text COLLATE pg_catalog."C",
    src_role text COLLATE pg_catalog."C",
    src_country text COLLATE pg_catalog."C",
    src_org text COLLATE pg_catalog."C",
    src_code text COLLATE pg_catalog."C",
    src_sector text,
    tgt_text text,
    tgt_name text COLLATE pg_catalog."C",
    tgt_role text COLLATE pg_catalog."C",
    tgt_country text COLLATE pg_catalog."C",
    tgt_org text COLLATE pg_catalog."C",
    tgt_code text COLLATE pg_catalog."C",
    tgt_sector text,
    place_name text,
    place_country text,
    place_lat double precision,
    place_lon double precision,
    topics text,
    sentence integer NOT NULL,
    n integer NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    extra text,
    evidence text,
    keys text[] NOT NULL COLLATE pg_catalog."C",
    tsv tsvector NOT NULL,
    ak_s text COLLATE pg_catalog."C",
    ak_t text COLLATE pg_catalog."C",
    cp_s text NOT NULL COLLATE pg_catalog."C",
    cp_t text NOT NULL COLLATE pg_catalog."C"
)
PARTITION BY RANGE (day);


--
-- Name: events_202401; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.events_202401 (
    day integer NOT NULL,
    rid bigint NOT NULL,
    doc bigint NOT NULL,
    doc_id text NOT NULL COLLATE pg_catalog."C",
    seq integer NOT NULL,
    type text NOT NULL COLLATE pg_catalog."C",
    cameo text COLLATE pg_catalog."C",
    quad integer NOT NULL,
    goldstein double precision NOT NULL,
    g10 bigint NOT NULL,
    mode text,
    prec text,
    coder text,
    negated boolean NOT NULL,
    date_raw text,
    src_text text,
    src_name text COLLATE pg_catalog."C",
    src_role text COLLATE pg_catalog."C",
    src_country text COLLATE pg_catalog."C",
    src_org text COLLATE pg_catalog."C",
    src_code text COLLATE pg_catalog."C",
    src_sector text,
    tgt_text text,
    tgt_name text COLLATE pg_catalog."C",
    tgt_role text COLLATE pg_catalog."C",
    tgt_country text COLLATE pg_catalog."C",
    tgt_org text COLLATE pg_catalog."C",
    tgt_code text COLLATE pg_catalog."C",
    tgt_sector text,
    place_name text,
    place_country text,
    place_lat double precision,
    place_lon double precision,
    topics text,
    sentence integer NOT NULL,
    n integer NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    extra text,
    evidence text,
    keys text[] NOT NULL COLLATE pg_catalog."C",
    tsv tsvector NOT NULL,
    ak_s text COLLATE pg_catalog."C",
    ak_t text COLLATE pg_catalog."C",
    cp_s text NOT NULL COLLATE pg_catalog."C",
    cp_t text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: events_202402; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.events_202402 (
    day integer NOT NULL,
    rid bigint NOT NULL,
    doc bigint NOT NULL,
    doc_id text NOT NULL COLLATE pg_catalog."C",
    seq integer NOT NULL,
    type text NOT NULL COLLATE pg_catalog."C",
    cameo text COLLATE pg_catalog."C",
    quad integer NOT NULL,
    goldstein double precision NOT NULL,
    g10 bigint NOT NULL,
    mode text,
    prec text,
    coder text,
    negated boolean NOT NULL,
    date_raw text,
    src_text text,
    src_name text COLLATE pg_catalog."C",
    src_role text COLLATE pg_catalog."C",
    src_country text COLLATE pg_catalog."C",
    src_org text COLLATE pg_catalog."C",
    src_code text COLLATE pg_catalog."C",
    src_sector text,
    tgt_text text,
    tgt_name text COLLATE pg_catalog."C",
    tgt_role text COLLATE pg_catalog."C",
    tgt_country text COLLATE pg_catalog."C",
    tgt_org text COLLATE pg_catalog."C",
    tgt_code text COLLATE pg_catalog."C",
    tgt_sector text,
    place_name text,
    place_country text,
    place_lat double precision,
    place_lon double precision,
    topics text,
    sentence integer NOT NULL,
    n integer NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    extra text,
    evidence text,
    keys text[] NOT NULL COLLATE pg_catalog."C",
    tsv tsvector NOT NULL,
    ak_s text COLLATE pg_catalog."C",
    ak_t text COLLATE pg_catalog."C",
    cp_s text NOT NULL COLLATE pg_catalog."C",
    cp_t text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: events_202404; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.events_202404 (
    day integer NOT NULL,
    rid bigint NOT NULL,
    doc bigint NOT NULL,
    doc_id text NOT NULL COLLATE pg_catalog."C",
    seq integer NOT NULL,
    type text NOT NULL COLLATE pg_catalog."C",
    cameo text COLLATE pg_catalog."C",
    quad integer NOT NULL,
    goldstein double precision NOT NULL,
    g10 bigint NOT NULL,
    mode text,
    prec text,
    coder text,
    negated boolean NOT NULL,
    date_raw text,
    src_text text,
    src_name text COLLATE pg_catalog."C",
    src_role text COLLATE pg_catalog."C",
    src_country text COLLATE pg_catalog."C",
    src_org text COLLATE pg_catalog."C",
    src_code text COLLATE pg_catalog."C",
    src_sector text,
    tgt_text text,
    tgt_name text COLLATE pg_catalog."C",
    tgt_role text COLLATE pg_catalog."C",
    tgt_country text COLLATE pg_catalog."C",
    tgt_org text COLLATE pg_catalog."C",
    tgt_code text COLLATE pg_catalog."C",
    tgt_sector text,
    place_name text,
    place_country text,
    place_lat double precision,
    place_lon double precision,
    topics text,
    sentence integer NOT NULL,
    n integer NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    extra text,
    evidence text,
    keys text[] NOT NULL COLLATE pg_catalog."C",
    tsv tsvector NOT NULL,
    ak_s text COLLATE pg_catalog."C",
    ak_t text COLLATE pg_catalog."C",
    cp_s text NOT NULL COLLATE pg_catalog."C",
    cp_t text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: events_202405; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.events_202405 (
    day integer NOT NULL,
    rid bigint NOT NULL,
    doc bigint NOT NULL,
    doc_id text NOT NULL COLLATE pg_catalog."C",
    seq integer NOT NULL,
    type text NOT NULL COLLATE pg_catalog."C",
    cameo text COLLATE pg_catalog."C",
    quad integer NOT NULL,
    goldstein double precision NOT NULL,
    g10 bigint NOT NULL,
    mode text,
    prec text,
    coder text,
    negated boolean NOT NULL,
    date_raw text,
    src_text text,
    src_name text COLLATE pg_catalog."C",
    src_role text COLLATE pg_catalog."C",
    src_country text COLLATE pg_catalog."C",
    src_org text COLLATE pg_catalog."C",
    src_code text COLLATE pg_catalog."C",
    src_sector text,
    tgt_text text,
    tgt_name text COLLATE pg_catalog."C",
    tgt_role text COLLATE pg_catalog."C",
    tgt_country text COLLATE pg_catalog."C",
    tgt_org text COLLATE pg_catalog."C",
    tgt_code text COLLATE pg_catalog."C",
    tgt_sector text,
    place_name text,
    place_country text,
    place_lat double precision,
    place_lon double precision,
    topics text,
    sentence integer NOT NULL,
    n integer NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    extra text,
    evidence text,
    keys text[] NOT NULL COLLATE pg_catalog."C",
    tsv tsvector NOT NULL,
    ak_s text COLLATE pg_catalog."C",
    ak_t text COLLATE pg_catalog."C",
    cp_s text NOT NULL COLLATE pg_catalog."C",
    cp_t text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: events_202407; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.events_202407 (
    day integer NOT NULL,
    rid bigint NOT NULL,
    doc bigint NOT NULL,
    doc_id text NOT NULL COLLATE pg_catalog."C",
    seq integer NOT NULL,
    type text NOT NULL COLLATE pg_catalog."C",
    cameo text COLLATE pg_catalog."C",
    quad integer NOT NULL,
    goldstein double precision NOT NULL,
    g10 bigint NOT NULL,
    mode text,
    prec text,
    coder text,
    negated boolean NOT NULL,
    date_raw text,
    src_text text,
    src_name text COLLATE pg_catalog."C",
    src_role text COLLATE pg_catalog."C",
    src_country text COLLATE pg_catalog."C",
    src_org text COLLATE pg_catalog."C",
    src_code text COLLATE pg_catalog."C",
    src_sector text,
    tgt_text text,
    tgt_name text COLLATE pg_catalog."C",
    tgt_role text COLLATE pg_catalog."C",
    tgt_country text COLLATE pg_catalog."C",
    tgt_org text COLLATE pg_catalog."C",
    tgt_code text COLLATE pg_catalog."C",
    tgt_sector text,
    place_name text,
    place_country text,
    place_lat double precision,
    place_lon double precision,
    topics text,
    sentence integer NOT NULL,
    n integer NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    extra text,
    evidence text,
    keys text[] NOT NULL COLLATE pg_catalog."C",
    tsv tsvector NOT NULL,
    ak_s text COLLATE pg_catalog."C",
    ak_t text COLLATE pg_catalog."C",
    cp_s text NOT NULL COLLATE pg_catalog."C",
    cp_t text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: events_202502; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.events_202502 (
    day integer NOT NULL,
    rid bigint NOT NULL,
    doc bigint NOT NULL,
    doc_id text NOT NULL COLLATE pg_catalog."C",
    seq integer NOT NULL,
    type text NOT NULL COLLATE pg_catalog."C",
    cameo text COLLATE pg_catalog."C",
    quad integer NOT NULL,
    goldstein double precision NOT NULL,
    g10 bigint NOT NULL,
    mode text,
    prec text,
    coder text,
    negated boolean NOT NULL,
    date_raw text,
    src_text text,
    src_name text COLLATE pg_catalog."C",
    src_role text COLLATE pg_catalog."C",
    src_country text COLLATE pg_catalog."C",
    src_org text COLLATE pg_catalog."C",
    src_code text COLLATE pg_catalog."C",
    src_sector text,
    tgt_text text,
    tgt_name text COLLATE pg_catalog."C",
    tgt_role text COLLATE pg_catalog."C",
    tgt_country text COLLATE pg_catalog."C",
    tgt_org text COLLATE pg_catalog."C",
    tgt_code text COLLATE pg_catalog."C",
    tgt_sector text,
    place_name text,
    place_country text,
    place_lat double precision,
    place_lon double precision,
    topics text,
    sentence integer NOT NULL,
    n integer NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    extra text,
    evidence text,
    keys text[] NOT NULL COLLATE pg_catalog."C",
    tsv tsvector NOT NULL,
    ak_s text COLLATE pg_catalog."C",
    ak_t text COLLATE pg_catalog."C",
    cp_s text NOT NULL COLLATE pg_catalog."C",
    cp_t text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: events_202503; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.events_202503 (
    day integer NOT NULL,
    rid bigint NOT NULL,
    doc bigint NOT NULL,
    doc_id text NOT NULL COLLATE pg_catalog."C",
    seq integer NOT NULL,
    type text NOT NULL COLLATE pg_catalog."C",
    cameo text COLLATE pg_catalog."C",
    quad integer NOT NULL,
    goldstein double precision NOT NULL,
    g10 bigint NOT NULL,
    mode text,
    prec text,
    coder text,
    negated boolean NOT NULL,
    date_raw text,
    src_text text,
    src_name text COLLATE pg_catalog."C",
    src_role text COLLATE pg_catalog."C",
    src_country text COLLATE pg_catalog."C",
    src_org text COLLATE pg_catalog."C",
    src_code text COLLATE pg_catalog."C",
    src_sector text,
    tgt_text text,
    tgt_name text COLLATE pg_catalog."C",
    tgt_role text COLLATE pg_catalog."C",
    tgt_country text COLLATE pg_catalog."C",
    tgt_org text COLLATE pg_catalog."C",
    tgt_code text COLLATE pg_catalog."C",
    tgt_sector text,
    place_name text,
    place_country text,
    place_lat double precision,
    place_lon double precision,
    topics text,
    sentence integer NOT NULL,
    n integer NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    extra text,
    evidence text,
    keys text[] NOT NULL COLLATE pg_catalog."C",
    tsv tsvector NOT NULL,
    ak_s text COLLATE pg_catalog."C",
    ak_t text COLLATE pg_catalog."C",
    cp_s text NOT NULL COLLATE pg_catalog."C",
    cp_t text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: events_202506; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.events_202506 (
    day integer NOT NULL,
    rid bigint NOT NULL,
    doc bigint NOT NULL,
    doc_id text NOT NULL COLLATE pg_catalog."C",
    seq integer NOT NULL,
    type text NOT NULL COLLATE pg_catalog."C",
    cameo text COLLATE pg_catalog."C",
    quad integer NOT NULL,
    goldstein double precision NOT NULL,
    g10 bigint NOT NULL,
    mode text,
    prec text,
    coder text,
    negated boolean NOT NULL,
    date_raw text,
    src_text text,
    src_name text COLLATE pg_catalog."C",
    src_role text COLLATE pg_catalog."C",
    src_country text COLLATE pg_catalog."C",
    src_org text COLLATE pg_catalog."C",
    src_code text COLLATE pg_catalog."C",
    src_sector text,
    tgt_text text,
    tgt_name text COLLATE pg_catalog."C",
    tgt_role text COLLATE pg_catalog."C",
    tgt_country text COLLATE pg_catalog."C",
    tgt_org text COLLATE pg_catalog."C",
    tgt_code text COLLATE pg_catalog."C",
    tgt_sector text,
    place_name text,
    place_country text,
    place_lat double precision,
    place_lon double precision,
    topics text,
    sentence integer NOT NULL,
    n integer NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    extra text,
    evidence text,
    keys text[] NOT NULL COLLATE pg_catalog."C",
    tsv tsvector NOT NULL,
    ak_s text COLLATE pg_catalog."C",
    ak_t text COLLATE pg_catalog."C",
    cp_s text NOT NULL COLLATE pg_catalog."C",
    cp_t text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: events_202509; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.events_202509 (
    day integer NOT NULL,
    rid bigint NOT NULL,
    doc bigint NOT NULL,
    doc_id text NOT NULL COLLATE pg_catalog."C",
    seq integer NOT NULL,
    type text NOT NULL COLLATE pg_catalog."C",
    cameo text COLLATE pg_catalog."C",
    quad integer NOT NULL,
    goldstein double precision NOT NULL,
    g10 bigint NOT NULL,
    mode text,
    prec text,
    coder text,
    negated boolean NOT NULL,
    date_raw text,
    src_text text,
    src_name text COLLATE pg_catalog."C",
    src_role text COLLATE pg_catalog."C",
    src_country text COLLATE pg_catalog."C",
    src_org text COLLATE pg_catalog."C",
    src_code text COLLATE pg_catalog."C",
    src_sector text,
    tgt_text text,
    tgt_name text COLLATE pg_catalog."C",
    tgt_role text COLLATE pg_catalog."C",
    tgt_country text COLLATE pg_catalog."C",
    tgt_org text COLLATE pg_catalog."C",
    tgt_code text COLLATE pg_catalog."C",
    tgt_sector text,
    place_name text,
    place_country text,
    place_lat double precision,
    place_lon double precision,
    topics text,
    sentence integer NOT NULL,
    n integer NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    extra text,
    evidence text,
    keys text[] NOT NULL COLLATE pg_catalog."C",
    tsv tsvector NOT NULL,
    ak_s text COLLATE pg_catalog."C",
    ak_t text COLLATE pg_catalog."C",
    cp_s text NOT NULL COLLATE pg_catalog."C",
    cp_t text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: events_undated; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.events_undated (
    day integer NOT NULL,
    rid bigint NOT NULL,
    doc bigint NOT NULL,
    doc_id text NOT NULL COLLATE pg_catalog."C",
    seq integer NOT NULL,
    type text NOT NULL COLLATE pg_catalog."C",
    cameo text COLLATE pg_catalog."C",
    quad integer NOT NULL,
    goldstein double precision NOT NULL,
    g10 bigint NOT NULL,
    mode text,
    prec text,
    coder text,
    negated boolean NOT NULL,
    date_raw text,
    src_text text,
    src_name text COLLATE pg_catalog."C",
    src_role text COLLATE pg_catalog."C",
    src_country text COLLATE pg_catalog."C",
    src_org text COLLATE pg_catalog."C",
    src_code text COLLATE pg_catalog."C",
    src_sector text,
    tgt_text text,
    tgt_name text COLLATE pg_catalog."C",
    tgt_role text COLLATE pg_catalog."C",
    tgt_country text COLLATE pg_catalog."C",
    tgt_org text COLLATE pg_catalog."C",
    tgt_code text COLLATE pg_catalog."C",
    tgt_sector text,
    place_name text,
    place_country text,
    place_lat double precision,
    place_lon double precision,
    topics text,
    sentence integer NOT NULL,
    n integer NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    extra text,
    evidence text,
    keys text[] NOT NULL COLLATE pg_catalog."C",
    tsv tsvector NOT NULL,
    ak_s text COLLATE pg_catalog."C",
    ak_t text COLLATE pg_catalog."C",
    cp_s text NOT NULL COLLATE pg_catalog."C",
    cp_t text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: meta; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.meta (
    key text NOT NULL,
    value text NOT NULL
);


--
-- Name: sum_actor; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.sum_actor (
    k text NOT NULL COLLATE pg_catalog."C",
    n bigint NOT NULL,
    ng bigint NOT NULL,
    role_lo text COLLATE pg_catalog."C",
    role_hi text COLLATE pg_catalog."C",
    country text COLLATE pg_catalog."C",
    org text COLLATE pg_catalog."C",
    code text COLLATE pg_catalog."C"
);


--
-- Name: sum_codepair; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.sum_codepair (
    src text NOT NULL COLLATE pg_catalog."C",
    tgt text NOT NULL COLLATE pg_catalog."C",
    n bigint NOT NULL
);


--
-- Name: sum_country; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.sum_country (
    country text NOT NULL COLLATE pg_catalog."C",
    month integer NOT NULL,
    type text NOT NULL COLLATE pg_catalog."C",
    quad integer NOT NULL,
    neg integer NOT NULL,
    n bigint NOT NULL,
    g bigint NOT NULL
);


--
-- Name: sum_day; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.sum_day (
    day integer NOT NULL,
    type text NOT NULL COLLATE pg_catalog."C",
    quad integer NOT NULL,
    neg integer NOT NULL,
    n bigint NOT NULL,
    g bigint NOT NULL
);


--
-- Name: sum_pair; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.sum_pair (
    src text NOT NULL COLLATE pg_catalog."C",
    tgt text NOT NULL COLLATE pg_catalog."C",
    type text NOT NULL COLLATE pg_catalog."C",
    n bigint NOT NULL
);


--
-- Name: sum_pair_n; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.sum_pair_n (
    src text NOT NULL COLLATE pg_catalog."C",
    tgt text NOT NULL COLLATE pg_catalog."C",
    n bigint NOT NULL
);


--
-- Name: sum_place; Type: TABLE; Schema: parley; Owner: -
--

CREATE TABLE parley.sum_place (
    name text NOT NULL COLLATE pg_catalog."C",
    country text NOT NULL COLLATE pg_catalog."C",
    lat double precision NOT NULL,
    lon double precision NOT NULL,
    neg integer NOT NULL,
    n bigint NOT NULL
);


--
-- Name: events_202401; Type: TABLE ATTACH; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events ATTACH PARTITION parley.events_202401 FOR VALUES FROM (20240100) TO (20240200);


--
-- Name: events_202402; Type: TABLE ATTACH; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events ATTACH PARTITION parley.events_202402 FOR VALUES FROM (20240200) TO (20240300);


--
-- Name: events_202404; Type: TABLE ATTACH; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events ATTACH PARTITION parley.events_202404 FOR VALUES FROM (20240400) TO (20240500);


--
-- Name: events_202405; Type: TABLE ATTACH; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events ATTACH PARTITION parley.events_202405 FOR VALUES FROM (20240500) TO (20240600);


--
-- Name: events_202407; Type: TABLE ATTACH; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events ATTACH PARTITION parley.events_202407 FOR VALUES FROM (20240700) TO (20240800);


--
-- Name: events_202502; Type: TABLE ATTACH; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events ATTACH PARTITION parley.events_202502 FOR VALUES FROM (20250200) TO (20250300);


--
-- Name: events_202503; Type: TABLE ATTACH; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events ATTACH PARTITION parley.events_202503 FOR VALUES FROM (20250300) TO (20250400);


--
-- Name: events_202506; Type: TABLE ATTACH; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events ATTACH PARTITION parley.events_202506 FOR VALUES FROM (20250600) TO (20250700);


--
-- Name: events_202509; Type: TABLE ATTACH; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events ATTACH PARTITION parley.events_202509 FOR VALUES FROM (20250900) TO (20251000);


--
-- Name: events_undated; Type: TABLE ATTACH; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events ATTACH PARTITION parley.events_undated FOR VALUES FROM (99999999) TO (100000000);


--
-- Name: documents num; Type: DEFAULT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.documents ALTER COLUMN num SET DEFAULT nextval('parley.documents_num_seq'::regclass);


--
-- Data for Name: counters; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.counters (name, n) FROM stdin;
documents	50
sentences	377
events	319
docs_with_events	50
generation	3
\.


--
-- Data for Name: dict; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.dict (kind, value, folded) FROM stdin;
c	BHR	bhr
c	CHE	che
c	ESP	esp
c	HUN	hun
c	JPN	jpn
c	KAZ	kaz
c	KGZ	kgz
c	LTU	ltu
c	LUX	lux
c	LVA	lva
c	MDA	mda
c	NOR	nor
c	POL	pol
c	RUS	rus
c	SAU	sau
c	TJK	tjk
c	UKR	ukr
c	UZB	uzb
e	020	020
e	030	030
e	040	040
e	043	043
e	051	051
e	057	057
e	111	111
e	112	112
e	130	130
e	161	161
k	BHR	bhr
k	BHRGOV	bhrgov
k	CHE	che
k	CHEGOV	chegov
k	ESP	esp
k	ESPGOV	espgov
k	HUN	hun
k	HUNGOV	hungov
k	IGOPGSGCC	igopgsgcc
k	IGOUNO	igouno
k	IGOUNOHLHWHO	igounohlhwho
k	IGOUNOHRIHCH	igounohrihch
k	JPN	jpn
k	JPNGOV	jpngov
k	KAZ	kaz
k	KAZGOV	kazgov
k	KGZGOV	kgzgov
k	LTU	ltu
k	LTUGOV	ltugov
k	LUX	lux
k	LUXGOV	luxgov
k	LVA	lva
k	LVAGOV	lvagov
k	MDA	mda
k	MDAGOV	mdagov
k	NORGOV	norgov
k	POL	pol
k	POLGOV	polgov
k	RUS	rus
k	RUSGOV	rusgov
k	SAUGOV	saugov
k	TJKGOV	tjkgov
k	UKR	ukr
k	UKRGOV	ukrgov
k	UZB	uzb
k	UZBGOV	uzbgov
m	Bahrain	bahrain
m	Gulf Cooperation Council	gulf cooperation council
m	Hungary	hungary
m	Japan	japan
m	Kazakhstan	kazakhstan
m	Latvia	latvia
m	Lithuania	lithuania
m	Luxembourg	luxembourg
m	Moldova	moldova
m	Moscow	moscow
m	Poland	poland
m	Russia	russia
m	Spain	spain
m	Switzerland	switzerland
m	The Lithuanian Foreign Ministry	the lithuanian foreign ministry
m	Ukraine	ukraine
m	Uzbekistan	uzbekistan
m	Vilnius	vilnius
m	the Ambassador of Japan to Kazakhstan	the ambassador of japan to kazakhstan
m	the Kazakh side	the kazakh side
m	the Office	the office
m	the Russian charge d'affaires	the russian charge d'affaires
m	two Russian diplomats	two russian diplomats
n	Abdullatif bin Rashid Al Zayani	abdullatif bin rashid al zayani
n	Andrii Sybiha	andrii sybiha
n	António Guterres	antonio guterres
n	Arturs Krišjānis Kariņš	arturs krisjanis karins
n	Baiba Braže	baiba braze
n	Bakhtiyor Saidov	bakhtiyor saidov
n	Dmytro Kuleba	dmytro kuleba
n	Espen Barth Eide	espen barth eide
n	Faisal bin Farhan	faisal bin farhan
n	Ignazio Cassis	ignazio cassis
n	Jeenbek Kulubaev	jeenbek kulubaev
n	José Albares	jose albares
n	José Manuel Albares	jose manuel albares
n	Mihai Popșoi	mihai popsoi
n	Murat Nurtleu	murat nurtleu
n	Nicu Popescu	nicu popescu
n	Péter Szijjártó	peter szijjarto
n	Radosław Sikorski	radosław sikorski
n	Sirojiddin Muhriddin	sirojiddin muhriddin
n	Takeshi Iwaya	takeshi iwaya
n	Tedros Adhanom Ghebreyesus	tedros adhanom ghebreyesus
n	Volker Türk	volker turk
n	Xavier Bettel	xavier bettel
n	Yoko Kamikawa	yoko kamikawa
o	GCC	gcc
o	OHCHR	ohchr
o	UN	un
o	WHO	who
p	AlmatyKAZ	almaty
p	AstanaKAZ	astana
p	BrusselsBEL	brussels
p	ChișinăuMDA	chisinau
p	GenevaCHE	geneva
p	New YorkUSA	new york
p	TashkentUZB	tashkent
p	ViennaAUT	vienna
t	digital	digital
t	diplomacy	diplomacy
t	energy	energy
t	health	health
t	human rights	human rights
t	peace and security	peace and security
t	regional cooperation	regional cooperation
t	trade	trade
t	transport	transport
t	water	water
\.


--
-- Data for Name: documents; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.documents (num, id, content_hash, date, title, url, source, origin, line, ingested_at, nevents, nsent, sentences, text) FROM stdin;
1	astana-readout	-1636615892343014688	2025-03-12	Foreign ministers of Kazakhstan and Uzbekistan hold talks in Astana	\N	\N	/work/wt-pgrow/tests/data/pg-schema1/../../../examples/astana-readout.txt	\N	2026-12-04T03:46:23Z	5	6	[[0,67],[69,267],[269,397],[399,518],[520,623],[625,738]]	Foreign ministers of Kazakhstan and Uzbekistan hold talks in Astana\n\nASTANA, 12 March 2025 – Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu met with Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov in Astana today.\n\nThe ministers discussed the implementation of agreements reached at the highest level, trade and water management in the region.\n\nFollowing the talks, the parties signed a Memorandum of Understanding on cooperation in the field of digital diplomacy.\n\nMr. Saidov thanked the Kazakh side for the warm welcome and invited Minister Nurtleu to visit Tashkent.\n\nOn the same day, Nurtleu received the Ambassador of Japan to Kazakhstan, who presented a copy of his credentials.\n
20	gen-0000018	4272278338132227702	2024-01-19	Diplomatic news 18	https://example.org/news/18	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	19	2026-12-04T03:46:23Z	5	6	[[0,102],[103,193],[194,285],[286,388],[389,491],[492,574]]	Ignazio Cassis thanked Radosław Sikorski for the support of Poland to the initiatives of Switzerland. The Foreign Ministers of Spain and Moldova signed a memorandum on cooperation in Brussels. The Foreign Ministers of Spain and Kazakhstan signed a memorandum on cooperation in Almaty. Takeshi Iwaya held talks with UN Secretary-General António Guterres at the UN headquarters in Astana. Andrii Sybiha held talks with UN Secretary-General António Guterres at the UN headquarters in Almaty. The parties discussed regional security and the agenda of the UN General Assembly.
10	gen-0000008	-9178813137153770405	2024-01-09	Diplomatic news 8	https://example.org/news/8	example.org	/tmp/tmp.iiBbxE0YMQ/r.jsonl	1	2026-12-04T03:46:23Z	6	7	[[0,130],[131,233],[234,337],[338,443],[444,551],[552,646],[647,747]]	During the visit, Abdullatif bin Rashid Al Zayani also held talks with with the Director-General of the World Health Organization. Xavier Bettel held talks with UN Secretary-General António Guterres at the UN headquarters in Astana. Ignazio Cassis held talks with UN Secretary-General António Guterres at the UN headquarters in Almaty. Ignazio Cassis held talks with UN Secretary-General António Guterres at the UN headquarters in Brussels. Radosław Sikorski held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva. The Foreign Ministers of Latvia and Luxembourg signed a memorandum on cooperation in New York. During the visit, José Albares also met with the Director-General of the World Health Organization.
11	gen-0000009	-1252880949996724059	2024-01-10	Diplomatic news 9	https://example.org/news/9	example.org	/tmp/tmp.iiBbxE0YMQ/r.jsonl	2	2026-12-04T03:46:23Z	5	5	[[0,91],[92,188],[189,285],[286,428],[429,525]]	The Foreign Ministers of Luxembourg and Japan signed a memorandum on cooperation in Geneva. Ignazio Cassis thanked Takeshi Iwaya for the support of Japan to the initiatives of Switzerland. Xavier Bettel thanked Mihai Popșoi for the support of Moldova to the initiatives of Luxembourg. Minister of Foreign Affairs of Luxembourg Xavier Bettel held talks with with Minister of Foreign Affairs of Moldova Mihai Popșoi in New York. Andrii Sybiha thanked Murat Nurtleu for the support of Kazakhstan to the initiatives of Ukraine.
12	gen-0000010	-8115735252390806353	2024-01-11	Diplomatic news 10	https://example.org/news/10	example.org	/tmp/tmp.iiBbxE0YMQ/r.jsonl	3	2026-12-04T03:46:23Z	8	8	[[0,88],[89,183],[184,289],[290,402],[403,484],[485,628],[629,734],[735,826]]	The Foreign Ministers of Japan and Moldova signed a memorandum on cooperation in Almaty. Takeshi Iwaya thanked Murat Nurtleu for the support of Kazakhstan to the initiatives of Japan. Ignazio Cassis held talks with UN Secretary-General António Guterres at the UN headquarters in New York. During the visit, Andrii Sybiha also held talks with with the Director-General of the World Health Organization. Kazakhstan and Spain agreed to expand cooperation in trade, energy and transport. Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani met with Minister of Foreign Affairs of Moldova Mihai Popșoi in Almaty. During the visit, Radosław Sikorski also met with the Director-General of the World Health Organization. Andrii Sybiha thanked Baiba Braže for the support of Latvia to the initiatives of Ukraine.
14	gen-0000012	474323452065782311	2024-01-13	Diplomatic news 12	https://example.org/news/12	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	13	2026-12-04T03:46:23Z	7	9	[[0,143],[144,224],[225,329],[330,433],[434,513],[514,632],[633,715],[716,793],[794,912]]	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani met with Minister of Foreign Affairs of Spain José Albares in Brussels. Moldova and Bahrain agreed to expand cooperation in trade, energy and transport. Xavier Bettel held talks with UN Secretary-General António Guterres at the UN headquarters in New York. Ignazio Cassis held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna. Moldova and Latvia agreed to expand cooperation in trade, energy and transport. During the visit, Abdullatif bin Rashid Al Zayani also met with the Director-General of the World Health Organization. The parties discussed regional security and the agenda of the UN General Assembly. Spain and Poland agreed to expand cooperation in trade, energy and transport. During the visit, Abdullatif bin Rashid Al Zayani also met with the Director-General of the World Health Organization.
15	gen-0000013	4533740424337600820	2024-01-14	Diplomatic news 13	https://example.org/news/13	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	14	2026-12-04T03:46:23Z	8	12	[[0,82],[83,174],[175,262],[263,351],[352,434],[435,576],[577,659],[660,742],[743,869],[870,952],[953,1045],[1046,1148]]	The parties discussed regional security and the agenda of the UN General Assembly. Andrii Sybiha thanked Takeshi Iwaya for the support of Japan to the initiatives of Ukraine. The Foreign Ministers of Japan and Poland signed a memorandum on cooperation in Geneva. The Foreign Ministers of Bahrain and Japan signed a memorandum on cooperation in Vienna. Luxembourg and Poland agreed to expand cooperation in trade, energy and transport. Minister of Foreign Affairs of Spain José Albares met with Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani in Vienna. The parties discussed regional security and the agenda of the UN General Assembly. The parties discussed regional security and the agenda of the UN General Assembly. Minister of Foreign Affairs of Spain José Albares met with Minister of Foreign Affairs of Luxembourg Xavier Bettel in Almaty. The parties discussed regional security and the agenda of the UN General Assembly. The Foreign Ministers of Switzerland and Japan signed a memorandum on cooperation in Geneva. Xavier Bettel held talks with UN Secretary-General António Guterres at the UN headquarters in Astana.
16	gen-0000014	4552761083882771335	2024-01-15	Diplomatic news 14	https://example.org/news/14	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	15	2026-12-04T03:46:23Z	9	10	[[0,95],[96,178],[179,270],[271,373],[374,467],[468,550],[551,645],[646,728],[729,808],[809,910]]	The Foreign Ministers of Luxembourg and Bahrain signed a memorandum on cooperation in New York. The parties discussed regional security and the agenda of the UN General Assembly. Andrii Sybiha thanked Baiba Braže for the support of Latvia to the initiatives of Ukraine. Murat Nurtleu held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva. The Foreign Ministers of Kazakhstan and Ukraine signed a memorandum on cooperation in Almaty. The parties discussed regional security and the agenda of the UN General Assembly. José Albares thanked Xavier Bettel for the support of Luxembourg to the initiatives of Spain. The parties discussed regional security and the agenda of the UN General Assembly. Poland and Bahrain agreed to expand cooperation in trade, energy and transport. During the visit, Ignazio Cassis also met with the Director-General of the World Health Organization.
17	gen-0000015	9004513359186587576	2024-01-16	Diplomatic news 15	https://example.org/news/15	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	16	2026-12-04T03:46:23Z	11	13	[[0,101],[102,184],[185,305],[306,395],[396,498],[499,601],[602,680],[681,763],[764,842],[843,945],[946,1069],[1070,1152],[1153,1230]]	Baiba Braže held talks with UN Secretary-General António Guterres at the UN headquarters in Almaty. The parties discussed regional security and the agenda of the UN General Assembly. Abdullatif bin Rashid Al Zayani held talks with UN Secretary-General António Guterres at the UN headquarters in Almaty. The Foreign Ministers of Moldova and Latvia signed a memorandum on cooperation in Vienna. Mihai Popșoi held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva. José Albares held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva. Spain and Ukraine agreed to expand cooperation in trade, energy and transport. The parties discussed regional security and the agenda of the UN General Assembly. Latvia and Poland agreed to expand cooperation in trade, energy and transport. Murat Nurtleu held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna. Minister of Foreign Affairs of Moldova Mihai Popșoi met with Minister of Foreign Affairs of Japan Takeshi Iwaya in Almaty. The parties discussed regional security and the agenda of the UN General Assembly. Poland and Spain agreed to expand cooperation in trade, energy and transport.
18	gen-0000016	-4299181290844768874	2024-01-17	Diplomatic news 16	https://example.org/news/16	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	17	2026-12-04T03:46:23Z	3	4	[[0,82],[83,185],[186,287],[288,379]]	The parties discussed regional security and the agenda of the UN General Assembly. Takeshi Iwaya held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva. Baiba Braže held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva. Baiba Braže thanked Andrii Sybiha for the support of Ukraine to the initiatives of Latvia.
19	gen-0000017	7078151342171611413	2024-01-18	Diplomatic news 17	https://example.org/news/17	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	18	2026-12-04T03:46:23Z	10	13	[[0,94],[95,183],[184,266],[267,349],[350,450],[451,534],[535,637],[638,720],[721,821],[822,904],[905,997],[998,1099],[1100,1218]]	Murat Nurtleu thanked Baiba Braže for the support of Latvia to the initiatives of Kazakhstan. The Foreign Ministers of Spain and Japan signed a memorandum on cooperation in Brussels. The parties discussed regional security and the agenda of the UN General Assembly. The parties discussed regional security and the agenda of the UN General Assembly. During the visit, Murat Nurtleu also met with the Director-General of the World Health Organization. Latvia and Switzerland agreed to expand cooperation in trade, energy and transport. Mihai Popșoi held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna. The parties discussed regional security and the agenda of the UN General Assembly. During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization. The parties discussed regional security and the agenda of the UN General Assembly. The Foreign Ministers of Moldova and Ukraine signed a memorandum on cooperation in New York. Baiba Braže held talks with UN Secretary-General António Guterres at the UN headquarters in Astana. During the visit, Abdullatif bin Rashid Al Zayani also met with the Director-General of the World Health Organization.
21	gen-0000019	4728525790648204257	2024-01-20	Diplomatic news 19	https://example.org/news/19	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	20	2026-12-04T03:46:23Z	7	10	[[0,114],[115,197],[198,287],[288,371],[372,472],[473,564],[565,647],[648,730],[731,831],[832,914]]	Abdullatif bin Rashid Al Zayani thanked Xavier Bettel for the support of Luxembourg to the initiatives of Bahrain. The parties discussed regional security and the agenda of the UN General Assembly. José Albares thanked Takeshi Iwaya for the support of Japan to the initiatives of Spain. Ukraine and Luxembourg agreed to expand cooperation in trade, energy and transport. Murat Nurtleu thanked Radosław Sikorski for the support of Poland to the initiatives of Kazakhstan. The Foreign Ministers of Kazakhstan and Spain signed a memorandum on cooperation in Astana. The parties discussed regional security and the agenda of the UN General Assembly. The parties discussed regional security and the agenda of the UN General Assembly. During the visit, José Albares also met with the Director-General of the World Health Organization. The parties discussed regional security and the agenda of the UN General Assembly.
22	gen-0000020	-1334810954473612636	2024-01-21	Diplomatic news 20	https://example.org/news/20	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	21	2026-12-04T03:46:23Z	4	4	[[0,83],[84,166],[167,248],[249,331]]	Switzerland and Latvia agreed to expand cooperation in trade, energy and transport. The parties discussed regional security and the agenda of the UN General Assembly. Japan and Kazakhstan agreed to expand cooperation in trade, energy and transport. The parties discussed regional security and the agenda of the UN General Assembly.
23	gen-0000021	871166479021504271	2024-01-22	Diplomatic news 21	https://example.org/news/21	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	22	2026-12-04T03:46:23Z	9	13	[[0,82],[83,165],[166,294],[295,389],[390,518],[519,601],[602,702],[703,800],[801,947],[948,1048],[1049,1170],[1171,1304],[1305,1387]]	The parties discussed regional security and the agenda of the UN General Assembly. The parties discussed regional security and the agenda of the UN General Assembly. Minister of Foreign Affairs of Ukraine Andrii Sybiha met with Minister of Foreign Affairs of Kazakhstan Murat Nurtleu in Geneva. Takeshi Iwaya thanked Murat Nurtleu for the support of Kazakhstan to the initiatives of Japan. Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Japan Takeshi Iwaya in Astana. The parties discussed regional security and the agenda of the UN General Assembly. During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization. The Foreign Ministers of Switzerland and Luxembourg signed a memorandum on cooperation in Geneva. Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani in Almaty. During the visit, Xavier Bettel also met with the Director-General of the World Health Organization. Minister of Foreign Affairs of Japan Takeshi Iwaya met with Minister of Foreign Affairs of Spain José Albares in Vienna. Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Luxembourg Xavier Bettel in Geneva. The parties discussed regional security and the agenda of the UN General Assembly.
24	gen-0000022	5657848921832695767	2024-01-23	Diplomatic news 22	https://example.org/news/22	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	23	2026-12-04T03:46:23Z	4	5	[[0,102],[103,185],[186,278],[279,368],[369,447]]	Mihai Popșoi held talks with UN Secretary-General António Guterres at the UN headquarters in Almaty. The parties discussed regional security and the agenda of the UN General Assembly. The Foreign Ministers of Japan and Switzerland signed a memorandum on cooperation in Almaty. The Foreign Ministers of Bahrain and Latvia signed a memorandum on cooperation in Almaty. Latvia and Poland agreed to expand cooperation in trade, energy and transport.
25	gen-0000023	9174349636898706928	2024-01-24	Diplomatic news 23	https://example.org/news/23	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	24	2026-12-04T03:46:23Z	10	12	[[0,82],[83,165],[166,261],[262,369],[370,470],[471,566],[567,693],[694,839],[840,941],[942,1025],[1026,1117],[1118,1217]]	The parties discussed regional security and the agenda of the UN General Assembly. The parties discussed regional security and the agenda of the UN General Assembly. Takeshi Iwaya thanked Radosław Sikorski for the support of Poland to the initiatives of Japan. Radosław Sikorski held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna. Radosław Sikorski thanked Murat Nurtleu for the support of Kazakhstan to the initiatives of Poland. The Foreign Ministers of Kazakhstan and Ukraine signed a memorandum on cooperation in Brussels. Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with Minister of Foreign Affairs of Japan Takeshi Iwaya in Geneva. Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani met with Minister of Foreign Affairs of Ukraine Andrii Sybiha in New York. Baiba Braže held talks with UN Secretary-General António Guterres at the UN headquarters in Almaty. Moldova and Luxembourg agreed to expand cooperation in trade, energy and transport. The Foreign Ministers of Poland and Moldova signed a memorandum on cooperation in Brussels. During the visit, Baiba Braže also met with the Director-General of the World Health Organization.
26	gen-0000024	-7350912717883268644	2024-01-25	Diplomatic news 24	https://example.org/news/24	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	25	2026-12-04T03:46:23Z	10	11	[[0,77],[78,178],[179,270],[271,353],[354,450],[451,527],[528,671],[672,772],[773,873],[874,976],[977,1066]]	Japan and Poland agreed to expand cooperation in trade, energy and transport. During the visit, Andrii Sybiha also met with the Director-General of the World Health Organization. Mihai Popșoi thanked Baiba Braže for the support of Latvia to the initiatives of Moldova. The parties discussed regional security and the agenda of the UN General Assembly. Baiba Braže thanked Ignazio Cassis for the support of Switzerland to the initiatives of Latvia. Japan and Spain agreed to expand cooperation in trade, energy and transport. Minister of Foreign Affairs of Spain José Albares met with Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani in Brussels. During the visit, Takeshi Iwaya also met with the Director-General of the World Health Organization. During the visit, Xavier Bettel also met with the Director-General of the World Health Organization. José Albares held talks with UN Secretary-General António Guterres at the UN headquarters in Almaty. Takeshi Iwaya thanked José Albares for the support of Spain to the initiatives of Japan.
3	gen-0000001	-622804026421842737	2024-01-02	Diplomatic news 1	https://example.org/news/1	example.org	/tmp/tmp.iiBbxE0YMQ/b.jsonl	2	2026-12-04T03:46:23Z	4	6	[[0,82],[83,165],[166,244],[245,332],[333,481],[482,582]]	The parties discussed regional security and the agenda of the UN General Assembly. The parties discussed regional security and the agenda of the UN General Assembly. Bahrain and Spain agreed to expand cooperation in trade, energy and transport. Switzerland and Luxembourg agreed to expand cooperation in trade, energy and transport. Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani in Almaty. During the visit, José Albares also met with the Director-General of the World Health Organization.
27	gen-0000025	-520821770084823547	2024-01-26	Diplomatic news 25	https://example.org/news/25	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	26	2026-12-04T03:46:23Z	10	11	[[0,102],[103,193],[194,276],[277,359],[360,464],[465,612],[613,706],[707,808],[809,909],[910,1028],[1029,1133]]	Mihai Popșoi held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva. The Foreign Ministers of Moldova and Japan signed a memorandum on cooperation in New York. The parties discussed regional security and the agenda of the UN General Assembly. The parties discussed regional security and the agenda of the UN General Assembly. Xavier Bettel held talks with UN Secretary-General António Guterres at the UN headquarters in Brussels. Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani met with Minister of Foreign Affairs of Poland Radosław Sikorski in Astana. The Foreign Ministers of Moldova and Kazakhstan signed a memorandum on cooperation in Almaty. During the visit, Ignazio Cassis also met with the Director-General of the World Health Organization. During the visit, Takeshi Iwaya also met with the Director-General of the World Health Organization. During the visit, Abdullatif bin Rashid Al Zayani also met with the Director-General of the World Health Organization. Takeshi Iwaya held talks with UN Secretary-General António Guterres at the UN headquarters in New York.
28	gen-0000026	6335678358826449481	2024-01-27	Diplomatic news 26	https://example.org/news/26	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	27	2026-12-04T03:46:23Z	10	11	[[0,102],[103,205],[206,302],[303,391],[392,515],[516,641],[642,731],[732,834],[835,930],[931,1025],[1026,1108]]	Andrii Sybiha held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna. Murat Nurtleu held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna. Andrii Sybiha thanked Murat Nurtleu for the support of Kazakhstan to the initiatives of Ukraine. The Foreign Ministers of Spain and Bahrain signed a memorandum on cooperation in Vienna. Minister of Foreign Affairs of Spain José Albares met with Minister of Foreign Affairs of Moldova Mihai Popșoi in Astana. Minister of Foreign Affairs of Spain José Albares met with Minister of Foreign Affairs of Moldova Mihai Popșoi in New York. Baiba Braže thanked José Albares for the support of Spain to the initiatives of Latvia. Ignazio Cassis thanked Radosław Sikorski for the support of Poland to the initiatives of Switzerland. The Foreign Ministers of Luxembourg and Bahrain signed a memorandum on cooperation in Brussels. The Foreign Ministers of Switzerland and Moldova signed a memorandum on cooperation in Astana. Latvia and Luxembourg agreed to expand cooperation in trade, energy and transport.
29	gen-0000027	-5931871398292781779	2024-01-28	Diplomatic news 27	https://example.org/news/27	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	28	2026-12-04T03:46:23Z	4	5	[[0,81],[82,182],[183,265],[266,359],[360,441]]	Japan and Kazakhstan agreed to expand cooperation in trade, energy and transport. During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization. The parties discussed regional security and the agenda of the UN General Assembly. The Foreign Ministers of Kazakhstan and Bahrain signed a memorandum on cooperation in Almaty. Kazakhstan and Spain agreed to expand cooperation in trade, energy and transport.
30	gen-0000028	8717368728394480096	2024-02-01	Diplomatic news 28	https://example.org/news/28	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	29	2026-12-04T03:46:23Z	6	6	[[0,95],[96,199],[200,294],[295,391],[392,483],[484,583]]	Radosław Sikorski thanked Baiba Braže for the support of Latvia to the initiatives of Poland. Baiba Braže held talks with UN Secretary-General António Guterres at the UN headquarters in Brussels. The Foreign Ministers of Switzerland and Bahrain signed a memorandum on cooperation in Astana. The Foreign Ministers of Kazakhstan and Luxembourg signed a memorandum on cooperation in Almaty. José Albares thanked Andrii Sybiha for the support of Ukraine to the initiatives of Spain. During the visit, Baiba Braže also met with the Director-General of the World Health Organization.
31	gen-0000029	308670324835453127	2024-02-02	Diplomatic news 29	https://example.org/news/29	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	30	2026-12-04T03:46:23Z	2	4	[[0,100],[101,203],[204,286],[287,369]]	During the visit, Takeshi Iwaya also met with the Director-General of the World Health Organization. Mihai Popșoi held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva. The parties discussed regional security and the agenda of the UN General Assembly. The parties discussed regional security and the agenda of the UN General Assembly.
32	gen-0000030	-5367271158245901787	2024-02-03	Diplomatic news 30	https://example.org/news/30	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	31	2026-12-04T03:46:23Z	7	7	[[0,94],[95,186],[187,305],[306,403],[404,482],[483,586],[587,688]]	The Foreign Ministers of Luxembourg and Latvia signed a memorandum on cooperation in Brussels. Baiba Braže thanked Andrii Sybiha for the support of Ukraine to the initiatives of Latvia. During the visit, Abdullatif bin Rashid Al Zayani also met with the Director-General of the World Health Organization. The Foreign Ministers of Luxembourg and Switzerland signed a memorandum on cooperation in Almaty. Bahrain and Spain agreed to expand cooperation in trade, energy and transport. Ignazio Cassis held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva. During the visit, Ignazio Cassis also met with the Director-General of the World Health Organization.
33	gen-0000031	-1588829753385002073	2024-02-04	Diplomatic news 31	https://example.org/news/31	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	32	2026-12-04T03:46:23Z	7	8	[[0,134],[135,235],[236,319],[320,409],[410,492],[493,575],[576,676],[677,764]]	Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with Minister of Foreign Affairs of Poland Radosław Sikorski in Brussels. During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization. Switzerland and Latvia agreed to expand cooperation in trade, energy and transport. The Foreign Ministers of Moldova and Latvia signed a memorandum on cooperation in Vienna. The parties discussed regional security and the agenda of the UN General Assembly. The parties discussed regional security and the agenda of the UN General Assembly. During the visit, Murat Nurtleu also met with the Director-General of the World Health Organization. The Foreign Ministers of Latvia and Spain signed a memorandum on cooperation in Astana.
34	gen-0000032	-8919605408580181744	2024-02-05	Diplomatic news 32	https://example.org/news/32	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	33	2026-12-04T03:46:23Z	11	13	[[0,78],[79,173],[174,264],[265,372],[373,477],[478,560],[561,650],[651,733],[734,827],[828,917],[918,1012],[1013,1114],[1115,1207]]	Bahrain and Spain agreed to expand cooperation in trade, energy and transport. Xavier Bettel thanked José Albares for the support of Spain to the initiatives of Luxembourg. The Foreign Ministers of Bahrain and Japan signed a memorandum on cooperation in New York. Radosław Sikorski held talks with UN Secretary-General António Guterres at the UN headquarters in Almaty. José Albares held talks with UN Secretary-General António Guterres at the UN headquarters in New York. The parties discussed regional security and the agenda of the UN General Assembly. The Foreign Ministers of Latvia and Ukraine signed a memorandum on cooperation in Astana. The parties discussed regional security and the agenda of the UN General Assembly. The Foreign Ministers of Luxembourg and Spain signed a memorandum on cooperation in New York. Baiba Braže thanked José Albares for the support of Spain to the initiatives of Latvia. Xavier Bettel thanked José Albares for the support of Spain to the initiatives of Luxembourg. Murat Nurtleu thanked Ignazio Cassis for the support of Switzerland to the initiatives of Kazakhstan. The Foreign Ministers of Luxembourg and Poland signed a memorandum on cooperation in Vienna.
35	gen-0000033	-1050674943530174032	2024-02-06	Diplomatic news 33	https://example.org/news/33	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	34	2026-12-04T03:46:23Z	5	5	[[0,100],[101,189],[190,306],[307,389],[390,492]]	During the visit, Xavier Bettel also met with the Director-General of the World Health Organization. The Foreign Ministers of Poland and Latvia signed a memorandum on cooperation in Almaty. Ignazio Cassis thanked Abdullatif bin Rashid Al Zayani for the support of Bahrain to the initiatives of Switzerland. The parties discussed regional security and the agenda of the UN General Assembly. José Albares held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.
36	gen-0000034	2450332165231396989	2024-02-07	Diplomatic news 34	https://example.org/news/34	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	35	2026-12-04T03:46:23Z	8	10	[[0,88],[89,183],[184,284],[285,387],[388,477],[478,581],[582,664],[665,769],[770,847],[848,948]]	The Foreign Ministers of Spain and Moldova signed a memorandum on cooperation in Astana. Takeshi Iwaya thanked Xavier Bettel for the support of Luxembourg to the initiatives of Japan. During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization. José Albares held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna. José Albares thanked Baiba Braže for the support of Latvia to the initiatives of Spain. Baiba Braže held talks with UN Secretary-General António Guterres at the UN headquarters in Brussels. The parties discussed regional security and the agenda of the UN General Assembly. José Albares held talks with UN Secretary-General António Guterres at the UN headquarters in New York. Latvia and Spain agreed to expand cooperation in trade, energy and transport. During the visit, José Albares also met with the Director-General of the World Health Organization.
37	gen-0000035	643964785835576855	2024-02-08	Diplomatic news 35	https://example.org/news/35	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	36	2026-12-04T03:46:23Z	10	12	[[0,99],[100,199],[200,294],[295,395],[396,537],[538,627],[628,710],[711,800],[801,888],[889,991],[992,1074],[1075,1157]]	During the visit, Baiba Braže also met with the Director-General of the World Health Organization. The Foreign Ministers of Switzerland and Luxembourg signed a memorandum on cooperation in Brussels. Takeshi Iwaya thanked Murat Nurtleu for the support of Kazakhstan to the initiatives of Japan. During the visit, Takeshi Iwaya also met with the Director-General of the World Health Organization. Minister of Foreign Affairs of Japan Takeshi Iwaya met with Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani in Astana. The Foreign Ministers of Moldova and Poland signed a memorandum on cooperation in Astana. The parties discussed regional security and the agenda of the UN General Assembly. The Foreign Ministers of Poland and Bahrain signed a memorandum on cooperation in Astana. The Foreign Ministers of Spain and Latvia signed a memorandum on cooperation in Vienna. Andrii Sybiha held talks with UN Secretary-General António Guterres at the UN headquarters in Astana. The parties discussed regional security and the agenda of the UN General Assembly. The parties discussed regional security and the agenda of the UN General Assembly.
38	gen-0000036	-5861837199894555568	2024-02-09	Diplomatic news 36	https://example.org/news/36	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	37	2026-12-04T03:46:23Z	6	7	[[0,94],[95,202],[203,304],[305,405],[406,536],[537,619],[620,761]]	Takeshi Iwaya thanked Murat Nurtleu for the support of Kazakhstan to the initiatives of Japan. Radosław Sikorski held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva. Xavier Bettel thanked Ignazio Cassis for the support of Switzerland to the initiatives of Luxembourg. During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization. Minister of Foreign Affairs of Ukraine Andrii Sybiha met with Minister of Foreign Affairs of Luxembourg Xavier Bettel in Brussels. The parties discussed regional security and the agenda of the UN General Assembly. Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani met with Minister of Foreign Affairs of Japan Takeshi Iwaya in Vienna.
39	gen-0000037	-8839027575778596353	2024-02-10	Diplomatic news 37	https://example.org/news/37	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	38	2026-12-04T03:46:23Z	7	8	[[0,82],[83,174],[175,275],[276,378],[379,457],[458,559],[560,659],[660,763]]	The parties discussed regional security and the agenda of the UN General Assembly. The Foreign Ministers of Spain and Kazakhstan signed a memorandum on cooperation in Almaty. During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization. Mihai Popșoi held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna. Bahrain and Spain agreed to expand cooperation in trade, energy and transport. During the visit, Ignazio Cassis also met with the Director-General of the World Health Organization. During the visit, Baiba Braže also met with the Director-General of the World Health Organization. Ignazio Cassis held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.
40	gen-0000038	-6770707221741775864	2024-02-11	Diplomatic news 38	https://example.org/news/38	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	39	2026-12-04T03:46:23Z	7	10	[[0,102],[103,185],[186,268],[269,351],[352,446],[447,530],[531,624],[625,725],[726,826],[827,955]]	Xavier Bettel held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna. The parties discussed regional security and the agenda of the UN General Assembly. The parties discussed regional security and the agenda of the UN General Assembly. The parties discussed regional security and the agenda of the UN General Assembly. Murat Nurtleu thanked Takeshi Iwaya for the support of Japan to the initiatives of Kazakhstan. Latvia and Switzerland agreed to expand cooperation in trade, energy and transport. The Foreign Ministers of Spain and Luxembourg signed a memorandum on cooperation in Brussels. During the visit, Takeshi Iwaya also met with the Director-General of the World Health Organization. During the visit, Xavier Bettel also met with the Director-General of the World Health Organization. Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Japan Takeshi Iwaya in Vienna.
41	gen-0000039	-3600998266074808407	2024-02-12	Diplomatic news 39	https://example.org/news/39	example.org	/tmp/tmp.iiBbxE0YMQ/a.jsonl	40	2026-12-04T03:46:23Z	3	5	[[0,82],[83,211],[212,308],[309,391],[392,496]]	The parties discussed regional security and the agenda of the UN General Assembly. Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Japan Takeshi Iwaya in Astana. Murat Nurtleu thanked Andrii Sybiha for the support of Ukraine to the initiatives of Kazakhstan. The parties discussed regional security and the agenda of the UN General Assembly. Andrii Sybiha held talks with UN Secretary-General António Guterres at the UN headquarters in New York.
42	geneva-wire	3956052009304570935	2025-06-17	UN rights chief meets Norwegian minister in Geneva	\N	\N	/work/wt-pgrow/tests/data/pg-schema1/../../../examples/geneva-wire.html	\N	2026-12-04T03:46:23Z	4	6	[[0,50],[52,225],[227,335],[337,442],[444,512],[513,558]]	UN rights chief meets Norwegian minister in Geneva\n\nGENEVA, June 17 (Wire) -- UN High Commissioner for Human Rights Volker Türk held talks on Tuesday with Norway's Foreign Minister Espen Barth Eide at the Palais des Nations.\n\nEide praised the work of the Office and pledged further support for its field missions, a spokesperson said.\n\nSeparately, the Norwegian minister urged Russia and Ukraine to resume talks on the exchange of prisoners.\n\nTalks between the two sides are expected next month, diplomats said. The Russian foreign ministry did not comment.
43	month-1	8918767804235299567	2024-09-10	\N	\N	\N	/tmp/tmp.iiBbxE0YMQ/a.jsonl	43	2026-12-04T03:46:23Z	1	1	[[0,86]]	In July this year, Kazakhstan and Uzbekistan signed an agreement on water in Tashkent.
44	odd "id"/1	6992342820932496337	2024-05-02	\N	\N	\N	/tmp/tmp.iiBbxE0YMQ/a.jsonl	41	2026-12-04T03:46:23Z	2	2	[[0,51],[52,102]]	Mihai Popșoi met Péter Szijjártó in Chișinău. Moldova and Hungary signed an agreement on energy.
45	phrase-1	8577427342908719574	2024-04-01	\N	\N	\N	/tmp/tmp.iiBbxE0YMQ/a.jsonl	46	2026-12-04T03:46:23Z	1	1	[[0,79]]	Russia called the expulsion of its diplomats from Lithuania an unfriendly step.
46	undated-1	-3556134317807605974	\N	\N	\N	\N	/tmp/tmp.iiBbxE0YMQ/a.jsonl	42	2026-12-04T03:46:23Z	2	2	[[0,41],[42,97]]	Lithuania expelled two Russian diplomats. Kazakhstan and Uzbekistan signed an agreement on water.
47	wire-0001	-2346794507030099281	2025-02-04	Baltic states expel Russian diplomats	https://example.org/wire/0001	Example Wire	/work/wt-pgrow/tests/data/pg-schema1/../../../examples/wire.jsonl	1	2026-12-04T03:46:23Z	4	4	[[0,37],[39,190],[191,283],[285,379]]	Baltic states expel Russian diplomats\n\nVILNIUS, Feb. 4 -- Lithuania expelled two Russian diplomats on Monday, declaring them persona non grata over activities incompatible with their status. The Lithuanian Foreign Ministry summoned the Russian charge d'affaires and lodged a protest.\n\nMoscow accused Vilnius of an unfriendly step and warned that the move would not go unanswered.
48	wire-0002	-9056211981356189582	2025-09-23	Gulf and Central Asian ministers meet at the UN	https://example.org/wire/0002	Example Wire	/work/wt-pgrow/tests/data/pg-schema1/../../../examples/wire.jsonl	2	2026-12-04T03:46:23Z	7	3	[[0,190],[192,292],[294,409]]	NEW YORK, Sept. 23, 2025 -- On the sidelines of the UN General Assembly, Saudi Foreign Minister Prince Faisal bin Farhan met with his counterparts from Kazakhstan, Kyrgyzstan and Tajikistan.\n\nThe ministers agreed to hold the next ministerial meeting in Riyadh and discussed regional security.\n\nUN Secretary-General António Guterres welcomed the dialogue between the Gulf Cooperation Council and Central Asia.
49	wire-a	-181607636274836778	2024-05-06	\N	\N	\N	/tmp/tmp.iiBbxE0YMQ/a.jsonl	44	2026-12-04T03:46:23Z	1	1	[[0,116]]	Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with UN Secretary-General António Guterres in New York.
50	wire-b	-7197458736727361109	2024-05-06	\N	\N	\N	/tmp/tmp.iiBbxE0YMQ/a.jsonl	45	2026-12-04T03:46:23Z	1	1	[[0,116]]	Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with UN Secretary-General António Guterres in New York.
2	gen-0000000	5920608656768121392	2024-01-01	Diplomatic news 0	https://example.org/news/0	example.org	/tmp/tmp.iiBbxE0YMQ/b.jsonl	1	2026-12-04T03:46:23Z	10	11	[[0,111],[112,240],[241,337],[338,420],[421,498],[499,602],[603,730],[731,831],[832,932],[933,1082],[1083,1177]]	Andrii Sybiha thanked Abdullatif bin Rashid Al Zayani for the support of Bahrain to the initiatives of Ukraine. Minister of Foreign Affairs of Latvia Baiba Braže met with Minister of Foreign Affairs of Switzerland Ignazio Cassis in Astana. Xavier Bettel thanked Andrii Sybiha for the support of Ukraine to the initiatives of Luxembourg. The parties discussed regional security and the agenda of the UN General Assembly. Japan and Latvia agreed to expand cooperation in trade, energy and transport. Baiba Braže held talks with UN Secretary-General António Guterres at the UN headquarters in New York. Minister of Foreign Affairs of Japan Takeshi Iwaya met with Minister of Foreign Affairs of Poland Radosław Sikorski in Vienna. During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization. During the visit, Murat Nurtleu also met with the Director-General of the World Health Organization. Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani met with Minister of Foreign Affairs of Poland Radosław Sikorski in Brussels. Xavier Bettel thanked José Albares for the support of Spain to the initiatives of Luxembourg.
4	gen-0000002	-3503153684107115451	2024-01-03	Diplomatic news 2	https://example.org/news/2	example.org	/tmp/tmp.iiBbxE0YMQ/b.jsonl	3	2026-12-04T03:46:23Z	8	8	[[0,100],[101,231],[232,321],[322,444],[445,573],[574,674],[675,777],[778,880]]	During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization. Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Ukraine Andrii Sybiha in Astana. The Foreign Ministers of Poland and Moldova signed a memorandum on cooperation in Astana. Abdullatif bin Rashid Al Zayani held talks with UN Secretary-General António Guterres at the UN headquarters in New York. Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Japan Takeshi Iwaya in Vienna. Murat Nurtleu thanked Radosław Sikorski for the support of Poland to the initiatives of Kazakhstan. Murat Nurtleu held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna. José Albares held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.
5	gen-0000003	-7575719598073681825	2024-01-04	Diplomatic news 3	https://example.org/news/3	example.org	/tmp/tmp.iiBbxE0YMQ/b.jsonl	4	2026-12-04T03:46:23Z	5	5	[[0,83],[84,166],[167,250],[251,342],[343,445]]	Ukraine and Kazakhstan agreed to expand cooperation in trade, energy and transport. The parties discussed regional security and the agenda of the UN General Assembly. Kazakhstan and Bahrain agreed to expand cooperation in trade, energy and transport. The Foreign Ministers of Poland and Moldova signed a memorandum on cooperation in Brussels. Xavier Bettel held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.
6	gen-0000004	-5738477634957690996	2024-01-05	Diplomatic news 4	https://example.org/news/4	example.org	/tmp/tmp.iiBbxE0YMQ/b.jsonl	5	2026-12-04T03:46:23Z	9	11	[[0,120],[121,213],[214,313],[314,434],[435,517],[518,610],[611,713],[714,797],[798,891],[892,984],[985,1078]]	Abdullatif bin Rashid Al Zayani held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva. The Foreign Ministers of Poland and Kazakhstan signed a memorandum on cooperation in Astana. During the visit, Baiba Braže also met with the Director-General of the World Health Organization. Abdullatif bin Rashid Al Zayani held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna. The parties discussed regional security and the agenda of the UN General Assembly. The Foreign Ministers of Latvia and Kazakhstan signed a memorandum on cooperation in Almaty. Andrii Sybiha held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna. Bahrain and Luxembourg agreed to expand cooperation in trade, energy and transport. Mihai Popșoi thanked Andrii Sybiha for the support of Ukraine to the initiatives of Moldova. The Foreign Ministers of Latvia and Luxembourg signed a memorandum on cooperation in Vienna. The Foreign Ministers of Kazakhstan and Ukraine signed a memorandum on cooperation in Vienna.
7	gen-0000005	-2177680266372888255	2024-01-06	Diplomatic news 5	https://example.org/news/5	example.org	/tmp/tmp.iiBbxE0YMQ/b.jsonl	6	2026-12-04T03:46:23Z	11	14	[[0,100],[101,244],[245,347],[348,450],[451,534],[535,653],[654,736],[737,819],[820,911],[912,1040],[1041,1140],[1141,1223],[1224,1320],[1321,1410]]	Xavier Bettel thanked Radosław Sikorski for the support of Poland to the initiatives of Luxembourg. Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani met with Minister of Foreign Affairs of Ukraine Andrii Sybiha in Almaty. Murat Nurtleu held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna. Andrii Sybiha held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva. Poland and Switzerland agreed to expand cooperation in trade, energy and transport. During the visit, Abdullatif bin Rashid Al Zayani also met with the Director-General of the World Health Organization. The parties discussed regional security and the agenda of the UN General Assembly. The parties discussed regional security and the agenda of the UN General Assembly. Mihai Popșoi thanked Takeshi Iwaya for the support of Japan to the initiatives of Moldova. Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Latvia Baiba Braže in Almaty. During the visit, Baiba Braže also met with the Director-General of the World Health Organization. The parties discussed regional security and the agenda of the UN General Assembly. Ignazio Cassis thanked José Albares for the support of Spain to the initiatives of Switzerland. The Foreign Ministers of Poland and Ukraine signed a memorandum on cooperation in Almaty.
8	gen-0000006	8372236135025708356	2024-01-07	Diplomatic news 6	https://example.org/news/6	example.org	/tmp/tmp.iiBbxE0YMQ/b.jsonl	7	2026-12-04T03:46:23Z	10	14	[[0,82],[83,165],[166,302],[303,426],[427,518],[519,610],[611,716],[717,799],[800,926],[927,1005],[1006,1110],[1111,1199],[1200,1303],[1304,1413]]	The parties discussed regional security and the agenda of the UN General Assembly. The parties discussed regional security and the agenda of the UN General Assembly. Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Poland Radosław Sikorski in Brussels. Minister of Foreign Affairs of Moldova Mihai Popșoi met with Minister of Foreign Affairs of Japan Takeshi Iwaya in Almaty. Mihai Popșoi thanked Baiba Braže for the support of Latvia to the initiatives of Moldova. Andrii Sybiha thanked Takeshi Iwaya for the support of Japan to the initiatives of Ukraine. Ignazio Cassis held talks with UN Secretary-General António Guterres at the UN headquarters in New York. The parties discussed regional security and the agenda of the UN General Assembly. Minister of Foreign Affairs of Luxembourg Xavier Bettel met with Minister of Foreign Affairs of Latvia Baiba Braže in Almaty. Japan and Moldova agreed to expand cooperation in trade, energy and transport. Mihai Popșoi held talks with UN Secretary-General António Guterres at the UN headquarters in New York. The Foreign Ministers of Moldova and Japan signed a memorandum on cooperation in Geneva. Ignazio Cassis held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna. Baiba Braže thanked Abdullatif bin Rashid Al Zayani for the support of Bahrain to the initiatives of Latvia.
9	gen-0000007	-6918208631815132960	2024-01-08	Diplomatic news 7	https://example.org/news/7	example.org	/tmp/tmp.iiBbxE0YMQ/b.jsonl	8	2026-12-04T03:46:23Z	6	6	[[0,83],[84,163],[164,246],[247,363],[364,446],[447,547]]	Bahrain and Luxembourg agreed to expand cooperation in trade, energy and transport. Bahrain and Poland agreed to expand cooperation in trade, energy and transport. Kazakhstan and Poland agreed to expand cooperation in trade, energy and transport. Ignazio Cassis thanked Abdullatif bin Rashid Al Zayani for the support of Bahrain to the initiatives of Switzerland. The parties discussed regional security and the agenda of the UN General Assembly. During the visit, Andrii Sybiha also met with the Director-General of the World Health Organization.
13	gen-0000011	6762824844377094129	2024-01-12	Diplomatic news 11	https://example.org/news/11	example.org	/tmp/tmp.iiBbxE0YMQ/r.jsonl	4	2026-12-04T03:46:23Z	9	11	[[0,120],[121,203],[204,286],[287,435],[436,519],[520,602],[603,703],[704,800],[801,903],[904,996],[997,1090]]	Abdullatif bin Rashid Al Zayani held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva. The parties discussed regional security and the agenda of the UN General Assembly. The parties discussed regional security and the agenda of the UN General Assembly. Minister of Foreign Affairs of Switzerland Ignazio Cassis held talks with with Minister of Foreign Affairs of Poland Radosław Sikorski in Brussels. Switzerland and Latvia agreed to expand cooperation in trade, energy and transport. Poland and Kazakhstan agreed to expand cooperation in trade, energy and transport. During the visit, Takeshi Iwaya also met with the Director-General of the World Health Organization. Xavier Bettel thanked Mihai Popșoi for the support of Moldova to the initiatives of Luxembourg. José Albares held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva. The Foreign Ministers of Switzerland and Spain signed a memorandum on cooperation in Vienna. Mihai Popșoi thanked Andrii Sybiha for the support of Ukraine to the initiatives of Moldova.
\.


--
-- Data for Name: events_202401; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.events_202401 (day, rid, doc, doc_id, seq, type, cameo, quad, goldstein, g10, mode, prec, coder, negated, date_raw, src_text, src_name, src_role, src_country, src_org, src_code, src_sector, tgt_text, tgt_name, tgt_role, tgt_country, tgt_org, tgt_code, tgt_sector, place_name, place_country, place_lat, place_lon, topics, sentence, n, span_start, span_end, extra, evidence, keys, tsv, ak_s, ak_t, cp_s, cp_t) FROM stdin;
20240114	101	15	gen-0000013	2	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Bahrain	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Japan	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Vienna	AUT	48.21	16.37	\N	3	1	263	351	\N	The Foreign Ministers of Bahrain and Japan signed a memorandum on cooperation in Vienna.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya",p0:ViennaAUT}	'a':9 'and':6 'bahrain':5 'cooperation':12 'foreign':2 'in':13 'japan':7 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'the':1 'vienna':14	NAbdullatif bin Rashid Al Zayani	NTakeshi Iwaya	CBHRGOV	CJPNGOV
20240113	92	14	gen-0000012	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Minister of Foreign Affairs of Spain José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Brussels	BEL	50.85	4.35	\N	0	1	0	143	\N	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani met with Minister of Foreign Affairs of Spain José Albares in Brussels.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",c1:ESP,k1:ESPGOV,"n1:José Albares",p0:BrusselsBEL}	'abdullatif':7 'affairs':4,17 'al':10 'albares':21 'bahrain':6 'bin':8 'brussels':23 'foreign':3,16 'in':22 'jose':20 'met':12 'minister':1,14 'of':2,5,15,18 'rashid':9 'spain':19 'with':13 'zayani':11	NAbdullatif bin Rashid Al Zayani	NJosé Albares	CBHRGOV	CESPGOV
20240113	93	14	gen-0000012	1	AGREE	030	1	4	40	agree	day	builtin	f	\N	Moldova	\N	\N	MDA	\N	MDA	\N	Bahrain	\N	\N	BHR	\N	BHR	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	1	1	144	224	\N	Moldova and Bahrain agreed to expand cooperation in trade, energy and transport.	{c0:MDA,k0:MDA,m0:Moldova,c1:BHR,k1:BHR,m1:Bahrain,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'bahrain':3 'cooperation':7 'energy':10 'expand':6 'in':8 'moldova':1 'to':5 'trade':9 'transport':12	CMDA	CBHR	CMDA	CBHR
20240113	94	14	gen-0000012	2	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	2	1	225	329	\N	Xavier Bettel held talks with UN Secretary-General António Guterres at the UN headquarters in New York.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'bettel':2 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'new':16 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5 'xavier':1 'york':17	NXavier Bettel	NAntónio Guterres	CLUXGOV	CIGOUNO
20240113	95	14	gen-0000012	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	3	1	330	433	\N	Ignazio Cassis held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'cassis':2 'general':8 'guterres':10 'headquarters':14 'held':3 'ignazio':1 'in':15 'secretary':7 'talks':4 'the':12 'un':6,13 'vienna':16 'with':5	NIgnazio Cassis	NAntónio Guterres	CCHEGOV	CIGOUNO
20240113	96	14	gen-0000012	4	AGREE	030	1	4	40	agree	day	builtin	f	\N	Moldova	\N	\N	MDA	\N	MDA	\N	Latvia	\N	\N	LVA	\N	LVA	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	4	1	434	513	\N	Moldova and Latvia agreed to expand cooperation in trade, energy and transport.	{c0:MDA,k0:MDA,m0:Moldova,c1:LVA,k1:LVA,m1:Latvia,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'latvia':3 'moldova':1 'to':5 'trade':9 'transport':12	CMDA	CLVA	CMDA	CLVA
20240113	97	14	gen-0000012	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health","peace and security"]	5	1	514	632	[[6,633,715],[8,794,912]]	During the visit, Abdullatif bin Rashid Al Zayani also met with the Director-General of the World Health Organization.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health,"t0:peace and security"}	'abdullatif':4 'al':7 'also':9 'bin':5 'director':13 'during':1 'general':14 'health':18 'met':10 'of':15 'organization':19 'rashid':6 'the':2,12,16 'visit':3 'with':11 'world':17 'zayani':8	NAbdullatif bin Rashid Al Zayani	NTedros Adhanom Ghebreyesus	CBHRGOV	CIGOUNOHLHWHO
20240113	98	14	gen-0000012	6	AGREE	030	1	4	40	agree	day	builtin	f	\N	Spain	\N	\N	ESP	\N	ESP	\N	Poland	\N	\N	POL	\N	POL	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	7	1	716	793	\N	Spain and Poland agreed to expand cooperation in trade, energy and transport.	{c0:ESP,k0:ESP,m0:Spain,c1:POL,k1:POL,m1:Poland,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'poland':3 'spain':1 'to':5 'trade':9 'transport':12	CESP	CPOL	CESP	CPOL
20240114	99	15	gen-0000013	0	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	\N	\N	\N	\N	\N	1	1	83	174	\N	Andrii Sybiha thanked Takeshi Iwaya for the support of Japan to the initiatives of Ukraine.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya"}	'andrii':1 'for':6 'initiatives':13 'iwaya':5 'japan':10 'of':9,14 'support':8 'sybiha':2 'takeshi':4 'thanked':3 'the':7,12 'to':11 'ukraine':15	NAndrii Sybiha	NTakeshi Iwaya	CUKRGOV	CJPNGOV
20240114	100	15	gen-0000013	1	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Japan	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Poland	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Geneva	CHE	46.2	6.15	\N	2	1	175	262	\N	The Foreign Ministers of Japan and Poland signed a memorandum on cooperation in Geneva.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",c1:POL,k1:POLGOV,"n1:Radosław Sikorski",p0:GenevaCHE}	'a':9 'and':6 'cooperation':12 'foreign':2 'geneva':14 'in':13 'japan':5 'memorandum':10 'ministers':3 'of':4 'on':11 'poland':7 'signed':8 'the':1	NTakeshi Iwaya	NRadosław Sikorski	CJPNGOV	CPOLGOV
20240114	102	15	gen-0000013	3	AGREE	030	1	4	40	agree	day	builtin	f	\N	Luxembourg	\N	\N	LUX	\N	LUX	\N	Poland	\N	\N	POL	\N	POL	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	4	1	352	434	\N	Luxembourg and Poland agreed to expand cooperation in trade, energy and transport.	{c0:LUX,k0:LUX,m0:Luxembourg,c1:POL,k1:POL,m1:Poland,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'luxembourg':1 'poland':3 'to':5 'trade':9 'transport':12	CLUX	CPOL	CLUX	CPOL
20240114	103	15	gen-0000013	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Spain José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Vienna	AUT	48.21	16.37	["peace and security"]	5	1	435	576	[[6,577,659],[7,660,742]]	Minister of Foreign Affairs of Spain José Albares met with Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani in Vienna.	{c0:ESP,k0:ESPGOV,"n0:José Albares",c1:BHR,k1:BHRGOV,"n1:Abdullatif bin Rashid Al Zayani",p0:ViennaAUT,"t0:peace and security"}	'abdullatif':17 'affairs':4,14 'al':20 'albares':8 'bahrain':16 'bin':18 'foreign':3,13 'in':22 'jose':7 'met':9 'minister':1,11 'of':2,5,12,15 'rashid':19 'spain':6 'vienna':23 'with':10 'zayani':21	NJosé Albares	NAbdullatif bin Rashid Al Zayani	CESPGOV	CBHRGOV
20240114	104	15	gen-0000013	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Spain José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Minister of Foreign Affairs of Luxembourg Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Almaty	KAZ	43.26	76.93	["peace and security"]	8	1	743	869	[[9,870,952]]	Minister of Foreign Affairs of Spain José Albares met with Minister of Foreign Affairs of Luxembourg Xavier Bettel in Almaty.	{c0:ESP,k0:ESPGOV,"n0:José Albares",c1:LUX,k1:LUXGOV,"n1:Xavier Bettel",p0:AlmatyKAZ,"t0:peace and security"}	'affairs':4,14 'albares':8 'almaty':20 'bettel':18 'foreign':3,13 'in':19 'jose':7 'luxembourg':16 'met':9 'minister':1,11 'of':2,5,12,15 'spain':6 'with':10 'xavier':17	NJosé Albares	NXavier Bettel	CESPGOV	CLUXGOV
20240114	105	15	gen-0000013	6	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Switzerland	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Japan	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Geneva	CHE	46.2	6.15	\N	10	1	953	1045	\N	The Foreign Ministers of Switzerland and Japan signed a memorandum on cooperation in Geneva.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya",p0:GenevaCHE}	'a':9 'and':6 'cooperation':12 'foreign':2 'geneva':14 'in':13 'japan':7 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'switzerland':5 'the':1	NIgnazio Cassis	NTakeshi Iwaya	CCHEGOV	CJPNGOV
20240114	106	15	gen-0000013	7	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	11	1	1046	1148	\N	Xavier Bettel held talks with UN Secretary-General António Guterres at the UN headquarters in Astana.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'astana':16 'at':11 'bettel':2 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5 'xavier':1	NXavier Bettel	NAntónio Guterres	CLUXGOV	CIGOUNO
20240115	107	16	gen-0000014	0	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Luxembourg	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Bahrain	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	New York	USA	40.71	-74.01	\N	0	1	0	95	\N	The Foreign Ministers of Luxembourg and Bahrain signed a memorandum on cooperation in New York.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:BHR,k1:BHRGOV,"n1:Abdullatif bin Rashid Al Zayani","p0:New YorkUSA"}	'a':9 'and':6 'bahrain':7 'cooperation':12 'foreign':2 'in':13 'luxembourg':5 'memorandum':10 'ministers':3 'new':14 'of':4 'on':11 'signed':8 'the':1 'york':15	NXavier Bettel	NAbdullatif bin Rashid Al Zayani	CLUXGOV	CBHRGOV
20240115	108	16	gen-0000014	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Luxembourg	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Bahrain	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	New York	USA	40.71	-74.01	["peace and security"]	1	1	96	178	\N	The parties discussed regional security and the agenda of the UN General Assembly.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:BHR,k1:BHRGOV,"n1:Abdullatif bin Rashid Al Zayani","p0:New YorkUSA","t0:peace and security"}	'agenda':8 'and':6 'assembly':13 'discussed':3 'general':12 'of':9 'parties':2 'regional':4 'security':5 'the':1,7,10 'un':11	NXavier Bettel	NAbdullatif bin Rashid Al Zayani	CLUXGOV	CBHRGOV
20240115	109	16	gen-0000014	2	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	\N	\N	\N	\N	\N	2	1	179	270	\N	Andrii Sybiha thanked Baiba Braže for the support of Latvia to the initiatives of Ukraine.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",c1:LVA,k1:LVAGOV,"n1:Baiba Braže"}	'andrii':1 'baiba':4 'braze':5 'for':6 'initiatives':13 'latvia':10 'of':9,14 'support':8 'sybiha':2 'thanked':3 'the':7,12 'to':11 'ukraine':15	NAndrii Sybiha	NBaiba Braže	CUKRGOV	CLVAGOV
20240115	110	16	gen-0000014	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	3	1	271	373	\N	Murat Nurtleu held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'general':8 'geneva':16 'guterres':10 'headquarters':14 'held':3 'in':15 'murat':1 'nurtleu':2 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NMurat Nurtleu	NAntónio Guterres	CKAZGOV	CIGOUNO
20240115	111	16	gen-0000014	4	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Kazakhstan	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Ukraine	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Almaty	KAZ	43.26	76.93	\N	4	1	374	467	\N	The Foreign Ministers of Kazakhstan and Ukraine signed a memorandum on cooperation in Almaty.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:UKR,k1:UKRGOV,"n1:Andrii Sybiha",p0:AlmatyKAZ}	'a':9 'almaty':14 'and':6 'cooperation':12 'foreign':2 'in':13 'kazakhstan':5 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'the':1 'ukraine':7	NMurat Nurtleu	NAndrii Sybiha	CKAZGOV	CUKRGOV
20240115	112	16	gen-0000014	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Kazakhstan	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Ukraine	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Almaty	KAZ	43.26	76.93	["peace and security"]	5	1	468	550	[[7,646,728]]	The parties discussed regional security and the agenda of the UN General Assembly.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:UKR,k1:UKRGOV,"n1:Andrii Sybiha",p0:AlmatyKAZ,"t0:peace and security"}	'agenda':8 'and':6 'assembly':13 'discussed':3 'general':12 'of':9 'parties':2 'regional':4 'security':5 'the':1,7,10 'un':11	NMurat Nurtleu	NAndrii Sybiha	CKAZGOV	CUKRGOV
20240115	113	16	gen-0000014	6	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	\N	\N	\N	\N	\N	6	1	551	645	\N	José Albares thanked Xavier Bettel for the support of Luxembourg to the initiatives of Spain.	{c0:ESP,k0:ESPGOV,"n0:José Albares",c1:LUX,k1:LUXGOV,"n1:Xavier Bettel"}	'albares':2 'bettel':5 'for':6 'initiatives':13 'jose':1 'luxembourg':10 'of':9,14 'spain':15 'support':8 'thanked':3 'the':7,12 'to':11 'xavier':4	NJosé Albares	NXavier Bettel	CESPGOV	CLUXGOV
20240115	114	16	gen-0000014	7	AGREE	030	1	4	40	agree	day	builtin	f	\N	Poland	\N	\N	POL	\N	POL	\N	Bahrain	\N	\N	BHR	\N	BHR	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	8	1	729	808	\N	Poland and Bahrain agreed to expand cooperation in trade, energy and transport.	{c0:POL,k0:POL,m0:Poland,c1:BHR,k1:BHR,m1:Bahrain,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'bahrain':3 'cooperation':7 'energy':10 'expand':6 'in':8 'poland':1 'to':5 'trade':9 'transport':12	CPOL	CBHR	CPOL	CBHR
20240115	115	16	gen-0000014	8	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	9	1	809	910	\N	During the visit, Ignazio Cassis also met with the Director-General of the World Health Organization.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'cassis':5 'director':10 'during':1 'general':11 'health':15 'ignazio':4 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NIgnazio Cassis	NTedros Adhanom Ghebreyesus	CCHEGOV	CIGOUNOHLHWHO
20240116	116	17	gen-0000015	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	["peace and security"]	0	1	0	101	[[1,102,184]]	Baiba Braže held talks with UN Secretary-General António Guterres at the UN headquarters in Almaty.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA","t0:peace and security"}	'almaty':16 'antonio':9 'at':11 'baiba':1 'braze':2 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NBaiba Braže	NAntónio Guterres	CLVAGOV	CIGOUNO
20240116	117	17	gen-0000015	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	2	1	185	305	\N	Abdullatif bin Rashid Al Zayani held talks with UN Secretary-General António Guterres at the UN headquarters in Almaty.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'abdullatif':1 'al':4 'almaty':19 'antonio':12 'at':14 'bin':2 'general':11 'guterres':13 'headquarters':17 'held':6 'in':18 'rashid':3 'secretary':10 'talks':7 'the':15 'un':9,16 'with':8 'zayani':5	NAbdullatif bin Rashid Al Zayani	NAntónio Guterres	CBHRGOV	CIGOUNO
20240116	118	17	gen-0000015	2	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Moldova	Nicu Popescu	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Latvia	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Vienna	AUT	48.21	16.37	\N	3	1	306	395	\N	The Foreign Ministers of Moldova and Latvia signed a memorandum on cooperation in Vienna.	{c0:MDA,k0:MDAGOV,"n0:Nicu Popescu",c1:LVA,k1:LVAGOV,"n1:Baiba Braže",p0:ViennaAUT}	'a':9 'and':6 'cooperation':12 'foreign':2 'in':13 'latvia':7 'memorandum':10 'ministers':3 'moldova':5 'of':4 'on':11 'signed':8 'the':1 'vienna':14	NNicu Popescu	NBaiba Braže	CMDAGOV	CLVAGOV
20240116	119	17	gen-0000015	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	4	1	396	498	\N	Mihai Popșoi held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'general':8 'geneva':16 'guterres':10 'headquarters':14 'held':3 'in':15 'mihai':1 'popsoi':2 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NMihai Popșoi	NAntónio Guterres	CMDAGOV	CIGOUNO
20240116	120	17	gen-0000015	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	5	1	499	601	\N	José Albares held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:ESP,k0:ESPGOV,"n0:José Albares",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'albares':2 'antonio':9 'at':11 'general':8 'geneva':16 'guterres':10 'headquarters':14 'held':3 'in':15 'jose':1 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NJosé Albares	NAntónio Guterres	CESPGOV	CIGOUNO
20240116	121	17	gen-0000015	5	AGREE	030	1	4	40	agree	day	builtin	f	\N	Spain	\N	\N	ESP	\N	ESP	\N	Ukraine	\N	\N	UKR	\N	UKR	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	6	1	602	680	\N	Spain and Ukraine agreed to expand cooperation in trade, energy and transport.	{c0:ESP,k0:ESP,m0:Spain,c1:UKR,k1:UKR,m1:Ukraine,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'spain':1 'to':5 'trade':9 'transport':12 'ukraine':3	CESP	CUKR	CESP	CUKR
20240116	122	17	gen-0000015	6	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Spain	\N	\N	ESP	\N	ESP	\N	Ukraine	\N	\N	UKR	\N	UKR	\N	New York	USA	40.71	-74.01	["peace and security"]	7	1	681	763	\N	The parties discussed regional security and the agenda of the UN General Assembly.	{c0:ESP,k0:ESP,m0:Spain,c1:UKR,k1:UKR,m1:Ukraine,"p0:New YorkUSA","t0:peace and security"}	'agenda':8 'and':6 'assembly':13 'discussed':3 'general':12 'of':9 'parties':2 'regional':4 'security':5 'the':1,7,10 'un':11	CESP	CUKR	CESP	CUKR
20240116	123	17	gen-0000015	7	AGREE	030	1	4	40	agree	day	builtin	f	\N	Latvia	\N	\N	LVA	\N	LVA	\N	Poland	\N	\N	POL	\N	POL	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	8	1	764	842	\N	Latvia and Poland agreed to expand cooperation in trade, energy and transport.	{c0:LVA,k0:LVA,m0:Latvia,c1:POL,k1:POL,m1:Poland,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'latvia':1 'poland':3 'to':5 'trade':9 'transport':12	CLVA	CPOL	CLVA	CPOL
20240116	124	17	gen-0000015	8	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	9	1	843	945	\N	Murat Nurtleu held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'murat':1 'nurtleu':2 'secretary':7 'talks':4 'the':12 'un':6,13 'vienna':16 'with':5	NMurat Nurtleu	NAntónio Guterres	CKAZGOV	CIGOUNO
20240116	125	17	gen-0000015	9	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Moldova Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Minister of Foreign Affairs of Japan Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Almaty	KAZ	43.26	76.93	["peace and security"]	10	1	946	1069	[[11,1070,1152]]	Minister of Foreign Affairs of Moldova Mihai Popșoi met with Minister of Foreign Affairs of Japan Takeshi Iwaya in Almaty.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya",p0:AlmatyKAZ,"t0:peace and security"}	'affairs':4,14 'almaty':20 'foreign':3,13 'in':19 'iwaya':18 'japan':16 'met':9 'mihai':7 'minister':1,11 'moldova':6 'of':2,5,12,15 'popsoi':8 'takeshi':17 'with':10	NMihai Popșoi	NTakeshi Iwaya	CMDAGOV	CJPNGOV
20240116	126	17	gen-0000015	10	AGREE	030	1	4	40	agree	day	builtin	f	\N	Poland	\N	\N	POL	\N	POL	\N	Spain	\N	\N	ESP	\N	ESP	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	12	1	1153	1230	\N	Poland and Spain agreed to expand cooperation in trade, energy and transport.	{c0:POL,k0:POL,m0:Poland,c1:ESP,k1:ESP,m1:Spain,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'poland':1 'spain':3 'to':5 'trade':9 'transport':12	CPOL	CESP	CPOL	CESP
20240117	127	18	gen-0000016	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	1	1	83	185	\N	Takeshi Iwaya held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'general':8 'geneva':16 'guterres':10 'headquarters':14 'held':3 'in':15 'iwaya':2 'secretary':7 'takeshi':1 'talks':4 'the':12 'un':6,13 'with':5	NTakeshi Iwaya	NAntónio Guterres	CJPNGOV	CIGOUNO
20240117	128	18	gen-0000016	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	2	1	186	287	\N	Baiba Braže held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'baiba':1 'braze':2 'general':8 'geneva':16 'guterres':10 'headquarters':14 'held':3 'in':15 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NBaiba Braže	NAntónio Guterres	CLVAGOV	CIGOUNO
20240117	129	18	gen-0000016	2	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	New York	USA	40.71	-74.01	\N	3	1	288	379	\N	Baiba Braže thanked Andrii Sybiha for the support of Ukraine to the initiatives of Latvia.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",c1:UKR,k1:UKRGOV,"n1:Andrii Sybiha","p0:New YorkUSA"}	'andrii':4 'baiba':1 'braze':2 'for':6 'initiatives':13 'latvia':15 'of':9,14 'support':8 'sybiha':5 'thanked':3 'the':7,12 'to':11 'ukraine':10	NBaiba Braže	NAndrii Sybiha	CLVAGOV	CUKRGOV
20240118	130	19	gen-0000017	0	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	\N	\N	\N	\N	\N	0	1	0	94	\N	Murat Nurtleu thanked Baiba Braže for the support of Latvia to the initiatives of Kazakhstan.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:LVA,k1:LVAGOV,"n1:Baiba Braže"}	'baiba':4 'braze':5 'for':6 'initiatives':13 'kazakhstan':15 'latvia':10 'murat':1 'nurtleu':2 'of':9,14 'support':8 'thanked':3 'the':7,12 'to':11	NMurat Nurtleu	NBaiba Braže	CKAZGOV	CLVAGOV
20240118	131	19	gen-0000017	1	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Spain	José Manuel Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Japan	Yoko Kamikawa	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Brussels	BEL	50.85	4.35	\N	1	1	95	183	\N	The Foreign Ministers of Spain and Japan signed a memorandum on cooperation in Brussels.	{c0:ESP,k0:ESPGOV,"n0:José Manuel Albares",c1:JPN,k1:JPNGOV,"n1:Yoko Kamikawa",p0:BrusselsBEL}	'a':9 'and':6 'brussels':14 'cooperation':12 'foreign':2 'in':13 'japan':7 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'spain':5 'the':1	NJosé Manuel Albares	NYoko Kamikawa	CESPGOV	CJPNGOV
20240118	132	19	gen-0000017	2	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Spain	José Manuel Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Japan	Yoko Kamikawa	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Brussels	BEL	50.85	4.35	["peace and security"]	2	1	184	266	[[3,267,349]]	The parties discussed regional security and the agenda of the UN General Assembly.	{c0:ESP,k0:ESPGOV,"n0:José Manuel Albares",c1:JPN,k1:JPNGOV,"n1:Yoko Kamikawa",p0:BrusselsBEL,"t0:peace and security"}	'agenda':8 'and':6 'assembly':13 'discussed':3 'general':12 'of':9 'parties':2 'regional':4 'security':5 'the':1,7,10 'un':11	NJosé Manuel Albares	NYoko Kamikawa	CESPGOV	CJPNGOV
20240118	133	19	gen-0000017	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	4	1	350	450	\N	During the visit, Murat Nurtleu also met with the Director-General of the World Health Organization.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'met':7 'murat':4 'nurtleu':5 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NMurat Nurtleu	NTedros Adhanom Ghebreyesus	CKAZGOV	CIGOUNOHLHWHO
20240118	134	19	gen-0000017	4	AGREE	030	1	4	40	agree	day	builtin	f	\N	Latvia	\N	\N	LVA	\N	LVA	\N	Switzerland	\N	\N	CHE	\N	CHE	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	5	1	451	534	\N	Latvia and Switzerland agreed to expand cooperation in trade, energy and transport.	{c0:LVA,k0:LVA,m0:Latvia,c1:CHE,k1:CHE,m1:Switzerland,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'latvia':1 'switzerland':3 'to':5 'trade':9 'transport':12	CLVA	CCHE	CLVA	CCHE
20240118	135	19	gen-0000017	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	["peace and security"]	6	1	535	637	[[7,638,720]]	Mihai Popșoi held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA","t0:peace and security"}	'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'mihai':1 'popsoi':2 'secretary':7 'talks':4 'the':12 'un':6,13 'vienna':16 'with':5	NMihai Popșoi	NAntónio Guterres	CMDAGOV	CIGOUNO
20240118	136	19	gen-0000017	6	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health","peace and security"]	8	1	721	821	[[9,822,904]]	During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health,"t0:peace and security"}	'also':6 'director':10 'during':1 'general':11 'health':15 'met':7 'mihai':4 'of':12 'organization':16 'popsoi':5 'the':2,9,13 'visit':3 'with':8 'world':14	NMihai Popșoi	NTedros Adhanom Ghebreyesus	CMDAGOV	CIGOUNOHLHWHO
20240118	137	19	gen-0000017	7	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Moldova	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Ukraine	Dmytro Kuleba	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	New York	USA	40.71	-74.01	\N	10	1	905	997	\N	The Foreign Ministers of Moldova and Ukraine signed a memorandum on cooperation in New York.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:UKR,k1:UKRGOV,"n1:Dmytro Kuleba","p0:New YorkUSA"}	'a':9 'and':6 'cooperation':12 'foreign':2 'in':13 'memorandum':10 'ministers':3 'moldova':5 'new':14 'of':4 'on':11 'signed':8 'the':1 'ukraine':7 'york':15	NMihai Popșoi	NDmytro Kuleba	CMDAGOV	CUKRGOV
20240118	138	19	gen-0000017	8	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	11	1	998	1099	\N	Baiba Braže held talks with UN Secretary-General António Guterres at the UN headquarters in Astana.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'astana':16 'at':11 'baiba':1 'braze':2 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NBaiba Braže	NAntónio Guterres	CLVAGOV	CIGOUNO
20240118	139	19	gen-0000017	9	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	12	1	1100	1218	\N	During the visit, Abdullatif bin Rashid Al Zayani also met with the Director-General of the World Health Organization.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'abdullatif':4 'al':7 'also':9 'bin':5 'director':13 'during':1 'general':14 'health':18 'met':10 'of':15 'organization':19 'rashid':6 'the':2,12,16 'visit':3 'with':11 'world':17 'zayani':8	NAbdullatif bin Rashid Al Zayani	NTedros Adhanom Ghebreyesus	CBHRGOV	CIGOUNOHLHWHO
20240119	140	20	gen-0000018	0	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	\N	\N	\N	\N	\N	0	1	0	102	\N	Ignazio Cassis thanked Radosław Sikorski for the support of Poland to the initiatives of Switzerland.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:POL,k1:POLGOV,"n1:Radosław Sikorski"}	'cassis':2 'for':6 'ignazio':1 'initiatives':13 'of':9,14 'poland':10 'radosław':4 'sikorski':5 'support':8 'switzerland':15 'thanked':3 'the':7,12 'to':11	NIgnazio Cassis	NRadosław Sikorski	CCHEGOV	CPOLGOV
20240119	141	20	gen-0000018	1	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Spain	José Manuel Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Moldova	Nicu Popescu	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Brussels	BEL	50.85	4.35	\N	1	1	103	193	\N	The Foreign Ministers of Spain and Moldova signed a memorandum on cooperation in Brussels.	{c0:ESP,k0:ESPGOV,"n0:José Manuel Albares",c1:MDA,k1:MDAGOV,"n1:Nicu Popescu",p0:BrusselsBEL}	'a':9 'and':6 'brussels':14 'cooperation':12 'foreign':2 'in':13 'memorandum':10 'ministers':3 'moldova':7 'of':4 'on':11 'signed':8 'spain':5 'the':1	NJosé Manuel Albares	NNicu Popescu	CESPGOV	CMDAGOV
20240119	142	20	gen-0000018	2	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Spain	José Manuel Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Kazakhstan	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Almaty	KAZ	43.26	76.93	\N	2	1	194	285	\N	The Foreign Ministers of Spain and Kazakhstan signed a memorandum on cooperation in Almaty.	{c0:ESP,k0:ESPGOV,"n0:José Manuel Albares",c1:KAZ,k1:KAZGOV,"n1:Murat Nurtleu",p0:AlmatyKAZ}	'a':9 'almaty':14 'and':6 'cooperation':12 'foreign':2 'in':13 'kazakhstan':7 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'spain':5 'the':1	NJosé Manuel Albares	NMurat Nurtleu	CESPGOV	CKAZGOV
20240119	143	20	gen-0000018	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	3	1	286	388	\N	Takeshi Iwaya held talks with UN Secretary-General António Guterres at the UN headquarters in Astana.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'astana':16 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'iwaya':2 'secretary':7 'takeshi':1 'talks':4 'the':12 'un':6,13 'with':5	NTakeshi Iwaya	NAntónio Guterres	CJPNGOV	CIGOUNO
20240119	144	20	gen-0000018	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	["peace and security"]	4	1	389	491	[[5,492,574]]	Andrii Sybiha held talks with UN Secretary-General António Guterres at the UN headquarters in Almaty.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA","t0:peace and security"}	'almaty':16 'andrii':1 'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'secretary':7 'sybiha':2 'talks':4 'the':12 'un':6,13 'with':5	NAndrii Sybiha	NAntónio Guterres	CUKRGOV	CIGOUNO
20240120	145	21	gen-0000019	0	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	\N	\N	\N	\N	\N	0	1	0	114	\N	Abdullatif bin Rashid Al Zayani thanked Xavier Bettel for the support of Luxembourg to the initiatives of Bahrain.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",c1:LUX,k1:LUXGOV,"n1:Xavier Bettel"}	'abdullatif':1 'al':4 'bahrain':18 'bettel':8 'bin':2 'for':9 'initiatives':16 'luxembourg':13 'of':12,17 'rashid':3 'support':11 'thanked':6 'the':10,15 'to':14 'xavier':7 'zayani':5	NAbdullatif bin Rashid Al Zayani	NXavier Bettel	CBHRGOV	CLUXGOV
20240120	146	21	gen-0000019	1	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	\N	\N	\N	\N	\N	2	1	198	287	\N	José Albares thanked Takeshi Iwaya for the support of Japan to the initiatives of Spain.	{c0:ESP,k0:ESPGOV,"n0:José Albares",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya"}	'albares':2 'for':6 'initiatives':13 'iwaya':5 'japan':10 'jose':1 'of':9,14 'spain':15 'support':8 'takeshi':4 'thanked':3 'the':7,12 'to':11	NJosé Albares	NTakeshi Iwaya	CESPGOV	CJPNGOV
20240120	147	21	gen-0000019	2	AGREE	030	1	4	40	agree	day	builtin	f	\N	Ukraine	\N	\N	UKR	\N	UKR	\N	Luxembourg	\N	\N	LUX	\N	LUX	\N	\N	\N	\N	\N	["trade","energy","transport"]	3	1	288	371	\N	Ukraine and Luxembourg agreed to expand cooperation in trade, energy and transport.	{c0:UKR,k0:UKR,m0:Ukraine,c1:LUX,k1:LUX,m1:Luxembourg,t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'luxembourg':3 'to':5 'trade':9 'transport':12 'ukraine':1	CUKR	CLUX	CUKR	CLUX
20240120	148	21	gen-0000019	3	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	\N	\N	\N	\N	\N	4	1	372	472	\N	Murat Nurtleu thanked Radosław Sikorski for the support of Poland to the initiatives of Kazakhstan.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:POL,k1:POLGOV,"n1:Radosław Sikorski"}	'for':6 'initiatives':13 'kazakhstan':15 'murat':1 'nurtleu':2 'of':9,14 'poland':10 'radosław':4 'sikorski':5 'support':8 'thanked':3 'the':7,12 'to':11	NMurat Nurtleu	NRadosław Sikorski	CKAZGOV	CPOLGOV
20240120	149	21	gen-0000019	4	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Kazakhstan	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Spain	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Astana	KAZ	51.18	71.45	\N	5	1	473	564	\N	The Foreign Ministers of Kazakhstan and Spain signed a memorandum on cooperation in Astana.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:ESP,k1:ESPGOV,"n1:José Albares",p0:AstanaKAZ}	'a':9 'and':6 'astana':14 'cooperation':12 'foreign':2 'in':13 'kazakhstan':5 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'spain':7 'the':1	NMurat Nurtleu	NJosé Albares	CKAZGOV	CESPGOV
20240120	150	21	gen-0000019	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Kazakhstan	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Spain	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Astana	KAZ	51.18	71.45	["peace and security"]	6	1	565	647	[[7,648,730]]	The parties discussed regional security and the agenda of the UN General Assembly.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:ESP,k1:ESPGOV,"n1:José Albares",p0:AstanaKAZ,"t0:peace and security"}	'agenda':8 'and':6 'assembly':13 'discussed':3 'general':12 'of':9 'parties':2 'regional':4 'security':5 'the':1,7,10 'un':11	NMurat Nurtleu	NJosé Albares	CKAZGOV	CESPGOV
20240120	151	21	gen-0000019	6	CONSULT	040	1	1	10	meet	day	builtin	f	\N	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	\N	\N	\N	\N	["health","peace and security"]	8	1	731	831	[[9,832,914]]	During the visit, José Albares also met with the Director-General of the World Health Organization.	{c0:ESP,k0:ESPGOV,"n0:José Albares",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus",t0:health,"t0:peace and security"}	'albares':5 'also':6 'director':10 'during':1 'general':11 'health':15 'jose':4 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NJosé Albares	NTedros Adhanom Ghebreyesus	CESPGOV	CIGOUNOHLHWHO
20240121	152	22	gen-0000020	0	AGREE	030	1	4	40	agree	day	builtin	f	\N	Switzerland	\N	\N	CHE	\N	CHE	\N	Latvia	\N	\N	LVA	\N	LVA	\N	\N	\N	\N	\N	["trade","energy","transport"]	0	1	0	83	\N	Switzerland and Latvia agreed to expand cooperation in trade, energy and transport.	{c0:CHE,k0:CHE,m0:Switzerland,c1:LVA,k1:LVA,m1:Latvia,t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'latvia':3 'switzerland':1 'to':5 'trade':9 'transport':12	CCHE	CLVA	CCHE	CLVA
20240121	153	22	gen-0000020	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Switzerland	\N	\N	CHE	\N	CHE	\N	Latvia	\N	\N	LVA	\N	LVA	\N	\N	\N	\N	\N	["peace and security"]	1	1	84	166	\N	The parties discussed regional security and the agenda of the UN General Assembly.	{c0:CHE,k0:CHE,m0:Switzerland,c1:LVA,k1:LVA,m1:Latvia,"t0:peace and security"}	'agenda':8 'and':6 'assembly':13 'discussed':3 'general':12 'of':9 'parties':2 'regional':4 'security':5 'the':1,7,10 'un':11	CCHE	CLVA	CCHE	CLVA
20240121	154	22	gen-0000020	2	AGREE	030	1	4	40	agree	day	builtin	f	\N	Japan	\N	\N	JPN	\N	JPN	\N	Kazakhstan	\N	\N	KAZ	\N	KAZ	\N	\N	\N	\N	\N	["trade","energy","transport"]	2	1	167	248	\N	Japan and Kazakhstan agreed to expand cooperation in trade, energy and transport.	{c0:JPN,k0:JPN,m0:Japan,c1:KAZ,k1:KAZ,m1:Kazakhstan,t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'japan':1 'kazakhstan':3 'to':5 'trade':9 'transport':12	CJPN	CKAZ	CJPN	CKAZ
20240121	155	22	gen-0000020	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Japan	\N	\N	JPN	\N	JPN	\N	Kazakhstan	\N	\N	KAZ	\N	KAZ	\N	\N	\N	\N	\N	["peace and security"]	3	1	249	331	\N	The parties discussed regional security and the agenda of the UN General Assembly.	{c0:JPN,k0:JPN,m0:Japan,c1:KAZ,k1:KAZ,m1:Kazakhstan,"t0:peace and security"}	'agenda':8 'and':6 'assembly':13 'discussed':3 'general':12 'of':9 'parties':2 'regional':4 'security':5 'the':1,7,10 'un':11	CJPN	CKAZ	CJPN	CKAZ
20240122	156	23	gen-0000021	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Ukraine Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Minister of Foreign Affairs of Kazakhstan Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Geneva	CHE	46.2	6.15	\N	2	1	166	294	\N	Minister of Foreign Affairs of Ukraine Andrii Sybiha met with Minister of Foreign Affairs of Kazakhstan Murat Nurtleu in Geneva.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",c1:KAZ,k1:KAZGOV,"n1:Murat Nurtleu",p0:GenevaCHE}	'affairs':4,14 'andrii':7 'foreign':3,13 'geneva':20 'in':19 'kazakhstan':16 'met':9 'minister':1,11 'murat':17 'nurtleu':18 'of':2,5,12,15 'sybiha':8 'ukraine':6 'with':10	NAndrii Sybiha	NMurat Nurtleu	CUKRGOV	CKAZGOV
20240122	157	23	gen-0000021	1	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Geneva	CHE	46.2	6.15	\N	3	1	295	389	\N	Takeshi Iwaya thanked Murat Nurtleu for the support of Kazakhstan to the initiatives of Japan.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",c1:KAZ,k1:KAZGOV,"n1:Murat Nurtleu",p0:GenevaCHE}	'for':6 'initiatives':13 'iwaya':2 'japan':15 'kazakhstan':10 'murat':4 'nurtleu':5 'of':9,14 'support':8 'takeshi':1 'thanked':3 'the':7,12 'to':11	NTakeshi Iwaya	NMurat Nurtleu	CJPNGOV	CKAZGOV
20240122	158	23	gen-0000021	2	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Minister of Foreign Affairs of Japan Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Astana	KAZ	51.18	71.45	["peace and security"]	4	1	390	518	[[5,519,601]]	Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Japan Takeshi Iwaya in Astana.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya",p0:AstanaKAZ,"t0:peace and security"}	'affairs':4,14 'astana':20 'cassis':8 'foreign':3,13 'ignazio':7 'in':19 'iwaya':18 'japan':16 'met':9 'minister':1,11 'of':2,5,12,15 'switzerland':6 'takeshi':17 'with':10	NIgnazio Cassis	NTakeshi Iwaya	CCHEGOV	CJPNGOV
20240122	159	23	gen-0000021	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	\N	\N	\N	\N	["health"]	6	1	602	702	\N	During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'met':7 'mihai':4 'of':12 'organization':16 'popsoi':5 'the':2,9,13 'visit':3 'with':8 'world':14	NMihai Popșoi	NTedros Adhanom Ghebreyesus	CMDAGOV	CIGOUNOHLHWHO
20240122	160	23	gen-0000021	4	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Switzerland	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Luxembourg	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Geneva	CHE	46.2	6.15	\N	7	1	703	800	\N	The Foreign Ministers of Switzerland and Luxembourg signed a memorandum on cooperation in Geneva.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:LUX,k1:LUXGOV,"n1:Xavier Bettel",p0:GenevaCHE}	'a':9 'and':6 'cooperation':12 'foreign':2 'geneva':14 'in':13 'luxembourg':7 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'switzerland':5 'the':1	NIgnazio Cassis	NXavier Bettel	CCHEGOV	CLUXGOV
20240122	161	23	gen-0000021	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Kazakhstan Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Almaty	KAZ	43.26	76.93	\N	8	1	801	947	\N	Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani in Almaty.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:BHR,k1:BHRGOV,"n1:Abdullatif bin Rashid Al Zayani",p0:AlmatyKAZ}	'abdullatif':17 'affairs':4,14 'al':20 'almaty':23 'bahrain':16 'bin':18 'foreign':3,13 'in':22 'kazakhstan':6 'met':9 'minister':1,11 'murat':7 'nurtleu':8 'of':2,5,12,15 'rashid':19 'with':10 'zayani':21	NMurat Nurtleu	NAbdullatif bin Rashid Al Zayani	CKAZGOV	CBHRGOV
20240122	162	23	gen-0000021	6	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	\N	\N	\N	\N	["health"]	9	1	948	1048	\N	During the visit, Xavier Bettel also met with the Director-General of the World Health Organization.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus",t0:health}	'also':6 'bettel':5 'director':10 'during':1 'general':11 'health':15 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14 'xavier':4	NXavier Bettel	NTedros Adhanom Ghebreyesus	CLUXGOV	CIGOUNOHLHWHO
20240122	163	23	gen-0000021	7	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Japan Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Minister of Foreign Affairs of Spain José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Vienna	AUT	48.21	16.37	\N	10	1	1049	1170	\N	Minister of Foreign Affairs of Japan Takeshi Iwaya met with Minister of Foreign Affairs of Spain José Albares in Vienna.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",c1:ESP,k1:ESPGOV,"n1:José Albares",p0:ViennaAUT}	'affairs':4,14 'albares':18 'foreign':3,13 'in':19 'iwaya':8 'japan':6 'jose':17 'met':9 'minister':1,11 'of':2,5,12,15 'spain':16 'takeshi':7 'vienna':20 'with':10	NTakeshi Iwaya	NJosé Albares	CJPNGOV	CESPGOV
20240122	164	23	gen-0000021	8	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Minister of Foreign Affairs of Luxembourg Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Geneva	CHE	46.2	6.15	["peace and security"]	11	1	1171	1304	[[12,1305,1387]]	Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Luxembourg Xavier Bettel in Geneva.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:LUX,k1:LUXGOV,"n1:Xavier Bettel",p0:GenevaCHE,"t0:peace and security"}	'affairs':4,14 'bettel':18 'cassis':8 'foreign':3,13 'geneva':20 'ignazio':7 'in':19 'luxembourg':16 'met':9 'minister':1,11 'of':2,5,12,15 'switzerland':6 'with':10 'xavier':17	NIgnazio Cassis	NXavier Bettel	CCHEGOV	CLUXGOV
20240123	165	24	gen-0000022	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	["peace and security"]	0	1	0	102	[[1,103,185]]	Mihai Popșoi held talks with UN Secretary-General António Guterres at the UN headquarters in Almaty.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA","t0:peace and security"}	'almaty':16 'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'mihai':1 'popsoi':2 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NMihai Popșoi	NAntónio Guterres	CMDAGOV	CIGOUNO
20240123	166	24	gen-0000022	1	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Japan	Yoko Kamikawa	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Switzerland	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Almaty	KAZ	43.26	76.93	\N	2	1	186	278	\N	The Foreign Ministers of Japan and Switzerland signed a memorandum on cooperation in Almaty.	{c0:JPN,k0:JPNGOV,"n0:Yoko Kamikawa",c1:CHE,k1:CHEGOV,"n1:Ignazio Cassis",p0:AlmatyKAZ}	'a':9 'almaty':14 'and':6 'cooperation':12 'foreign':2 'in':13 'japan':5 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'switzerland':7 'the':1	NYoko Kamikawa	NIgnazio Cassis	CJPNGOV	CCHEGOV
20240123	167	24	gen-0000022	2	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Bahrain	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Latvia	Arturs Krišjānis Kariņš	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Almaty	KAZ	43.26	76.93	\N	3	1	279	368	\N	The Foreign Ministers of Bahrain and Latvia signed a memorandum on cooperation in Almaty.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",c1:LVA,k1:LVAGOV,"n1:Arturs Krišjānis Kariņš",p0:AlmatyKAZ}	'a':9 'almaty':14 'and':6 'bahrain':5 'cooperation':12 'foreign':2 'in':13 'latvia':7 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'the':1	NAbdullatif bin Rashid Al Zayani	NArturs Krišjānis Kariņš	CBHRGOV	CLVAGOV
20240123	168	24	gen-0000022	3	AGREE	030	1	4	40	agree	day	builtin	f	\N	Latvia	\N	\N	LVA	\N	LVA	\N	Poland	\N	\N	POL	\N	POL	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	4	1	369	447	\N	Latvia and Poland agreed to expand cooperation in trade, energy and transport.	{c0:LVA,k0:LVA,m0:Latvia,c1:POL,k1:POL,m1:Poland,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'latvia':1 'poland':3 'to':5 'trade':9 'transport':12	CLVA	CPOL	CLVA	CPOL
20240124	169	25	gen-0000023	0	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	\N	\N	\N	\N	\N	2	1	166	261	\N	Takeshi Iwaya thanked Radosław Sikorski for the support of Poland to the initiatives of Japan.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",c1:POL,k1:POLGOV,"n1:Radosław Sikorski"}	'for':6 'initiatives':13 'iwaya':2 'japan':15 'of':9,14 'poland':10 'radosław':4 'sikorski':5 'support':8 'takeshi':1 'thanked':3 'the':7,12 'to':11	NTakeshi Iwaya	NRadosław Sikorski	CJPNGOV	CPOLGOV
20240124	170	25	gen-0000023	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	3	1	262	369	\N	Radosław Sikorski held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna.	{c0:POL,k0:POLGOV,"n0:Radosław Sikorski",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'radosław':1 'secretary':7 'sikorski':2 'talks':4 'the':12 'un':6,13 'vienna':16 'with':5	NRadosław Sikorski	NAntónio Guterres	CPOLGOV	CIGOUNO
20240124	171	25	gen-0000023	2	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	New York	USA	40.71	-74.01	\N	4	1	370	470	\N	Radosław Sikorski thanked Murat Nurtleu for the support of Kazakhstan to the initiatives of Poland.	{c0:POL,k0:POLGOV,"n0:Radosław Sikorski",c1:KAZ,k1:KAZGOV,"n1:Murat Nurtleu","p0:New YorkUSA"}	'for':6 'initiatives':13 'kazakhstan':10 'murat':4 'nurtleu':5 'of':9,14 'poland':15 'radosław':1 'sikorski':2 'support':8 'thanked':3 'the':7,12 'to':11	NRadosław Sikorski	NMurat Nurtleu	CPOLGOV	CKAZGOV
20240124	172	25	gen-0000023	3	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Kazakhstan	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Ukraine	Dmytro Kuleba	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Brussels	BEL	50.85	4.35	\N	5	1	471	566	\N	The Foreign Ministers of Kazakhstan and Ukraine signed a memorandum on cooperation in Brussels.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:UKR,k1:UKRGOV,"n1:Dmytro Kuleba",p0:BrusselsBEL}	'a':9 'and':6 'brussels':14 'cooperation':12 'foreign':2 'in':13 'kazakhstan':5 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'the':1 'ukraine':7	NMurat Nurtleu	NDmytro Kuleba	CKAZGOV	CUKRGOV
20240124	173	25	gen-0000023	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Kazakhstan Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Minister of Foreign Affairs of Japan Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Geneva	CHE	46.2	6.15	\N	6	1	567	693	\N	Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with Minister of Foreign Affairs of Japan Takeshi Iwaya in Geneva.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya",p0:GenevaCHE}	'affairs':4,14 'foreign':3,13 'geneva':20 'in':19 'iwaya':18 'japan':16 'kazakhstan':6 'met':9 'minister':1,11 'murat':7 'nurtleu':8 'of':2,5,12,15 'takeshi':17 'with':10	NMurat Nurtleu	NTakeshi Iwaya	CKAZGOV	CJPNGOV
20240124	174	25	gen-0000023	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Minister of Foreign Affairs of Ukraine Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	New York	USA	40.71	-74.01	\N	7	1	694	839	\N	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani met with Minister of Foreign Affairs of Ukraine Andrii Sybiha in New York.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",c1:UKR,k1:UKRGOV,"n1:Andrii Sybiha","p0:New YorkUSA"}	'abdullatif':7 'affairs':4,17 'al':10 'andrii':20 'bahrain':6 'bin':8 'foreign':3,16 'in':22 'met':12 'minister':1,14 'new':23 'of':2,5,15,18 'rashid':9 'sybiha':21 'ukraine':19 'with':13 'york':24 'zayani':11	NAbdullatif bin Rashid Al Zayani	NAndrii Sybiha	CBHRGOV	CUKRGOV
20240124	175	25	gen-0000023	6	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	8	1	840	941	\N	Baiba Braže held talks with UN Secretary-General António Guterres at the UN headquarters in Almaty.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'almaty':16 'antonio':9 'at':11 'baiba':1 'braze':2 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NBaiba Braže	NAntónio Guterres	CLVAGOV	CIGOUNO
20240124	176	25	gen-0000023	7	AGREE	030	1	4	40	agree	day	builtin	f	\N	Moldova	\N	\N	MDA	\N	MDA	\N	Luxembourg	\N	\N	LUX	\N	LUX	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	9	1	942	1025	\N	Moldova and Luxembourg agreed to expand cooperation in trade, energy and transport.	{c0:MDA,k0:MDA,m0:Moldova,c1:LUX,k1:LUX,m1:Luxembourg,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'luxembourg':3 'moldova':1 'to':5 'trade':9 'transport':12	CMDA	CLUX	CMDA	CLUX
20240124	177	25	gen-0000023	8	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Poland	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Moldova	Nicu Popescu	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Brussels	BEL	50.85	4.35	\N	10	1	1026	1117	\N	The Foreign Ministers of Poland and Moldova signed a memorandum on cooperation in Brussels.	{c0:POL,k0:POLGOV,"n0:Radosław Sikorski",c1:MDA,k1:MDAGOV,"n1:Nicu Popescu",p0:BrusselsBEL}	'a':9 'and':6 'brussels':14 'cooperation':12 'foreign':2 'in':13 'memorandum':10 'ministers':3 'moldova':7 'of':4 'on':11 'poland':5 'signed':8 'the':1	NRadosław Sikorski	NNicu Popescu	CPOLGOV	CMDAGOV
20240124	178	25	gen-0000023	9	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	11	1	1118	1217	\N	During the visit, Baiba Braže also met with the Director-General of the World Health Organization.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'baiba':4 'braze':5 'director':10 'during':1 'general':11 'health':15 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NBaiba Braže	NTedros Adhanom Ghebreyesus	CLVAGOV	CIGOUNOHLHWHO
20240125	179	26	gen-0000024	0	AGREE	030	1	4	40	agree	day	builtin	f	\N	Japan	\N	\N	JPN	\N	JPN	\N	Poland	\N	\N	POL	\N	POL	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	0	1	0	77	\N	Japan and Poland agreed to expand cooperation in trade, energy and transport.	{c0:JPN,k0:JPN,m0:Japan,c1:POL,k1:POL,m1:Poland,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'japan':1 'poland':3 'to':5 'trade':9 'transport':12	CJPN	CPOL	CJPN	CPOL
20240125	180	26	gen-0000024	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health","peace and security"]	1	1	78	178	[[3,271,353]]	During the visit, Andrii Sybiha also met with the Director-General of the World Health Organization.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health,"t0:peace and security"}	'also':6 'andrii':4 'director':10 'during':1 'general':11 'health':15 'met':7 'of':12 'organization':16 'sybiha':5 'the':2,9,13 'visit':3 'with':8 'world':14	NAndrii Sybiha	NTedros Adhanom Ghebreyesus	CUKRGOV	CIGOUNOHLHWHO
20240125	181	26	gen-0000024	2	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	\N	\N	\N	\N	\N	2	1	179	270	\N	Mihai Popșoi thanked Baiba Braže for the support of Latvia to the initiatives of Moldova.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:LVA,k1:LVAGOV,"n1:Baiba Braže"}	'baiba':4 'braze':5 'for':6 'initiatives':13 'latvia':10 'mihai':1 'moldova':15 'of':9,14 'popsoi':2 'support':8 'thanked':3 'the':7,12 'to':11	NMihai Popșoi	NBaiba Braže	CMDAGOV	CLVAGOV
20240125	182	26	gen-0000024	3	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	\N	\N	\N	\N	\N	4	1	354	450	\N	Baiba Braže thanked Ignazio Cassis for the support of Switzerland to the initiatives of Latvia.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",c1:CHE,k1:CHEGOV,"n1:Ignazio Cassis"}	'baiba':1 'braze':2 'cassis':5 'for':6 'ignazio':4 'initiatives':13 'latvia':15 'of':9,14 'support':8 'switzerland':10 'thanked':3 'the':7,12 'to':11	NBaiba Braže	NIgnazio Cassis	CLVAGOV	CCHEGOV
20240125	183	26	gen-0000024	4	AGREE	030	1	4	40	agree	day	builtin	f	\N	Japan	\N	\N	JPN	\N	JPN	\N	Spain	\N	\N	ESP	\N	ESP	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	5	1	451	527	\N	Japan and Spain agreed to expand cooperation in trade, energy and transport.	{c0:JPN,k0:JPN,m0:Japan,c1:ESP,k1:ESP,m1:Spain,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'japan':1 'spain':3 'to':5 'trade':9 'transport':12	CJPN	CESP	CJPN	CESP
20240125	184	26	gen-0000024	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Spain José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Brussels	BEL	50.85	4.35	\N	6	1	528	671	\N	Minister of Foreign Affairs of Spain José Albares met with Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani in Brussels.	{c0:ESP,k0:ESPGOV,"n0:José Albares",c1:BHR,k1:BHRGOV,"n1:Abdullatif bin Rashid Al Zayani",p0:BrusselsBEL}	'abdullatif':17 'affairs':4,14 'al':20 'albares':8 'bahrain':16 'bin':18 'brussels':23 'foreign':3,13 'in':22 'jose':7 'met':9 'minister':1,11 'of':2,5,12,15 'rashid':19 'spain':6 'with':10 'zayani':21	NJosé Albares	NAbdullatif bin Rashid Al Zayani	CESPGOV	CBHRGOV
20240125	185	26	gen-0000024	6	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	7	1	672	772	\N	During the visit, Takeshi Iwaya also met with the Director-General of the World Health Organization.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'iwaya':5 'met':7 'of':12 'organization':16 'takeshi':4 'the':2,9,13 'visit':3 'with':8 'world':14	NTakeshi Iwaya	NTedros Adhanom Ghebreyesus	CJPNGOV	CIGOUNOHLHWHO
20240125	186	26	gen-0000024	7	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	8	1	773	873	\N	During the visit, Xavier Bettel also met with the Director-General of the World Health Organization.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'bettel':5 'director':10 'during':1 'general':11 'health':15 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14 'xavier':4	NXavier Bettel	NTedros Adhanom Ghebreyesus	CLUXGOV	CIGOUNOHLHWHO
20240125	187	26	gen-0000024	8	CONSULT	040	1	1	10	meet	day	builtin	f	\N	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	9	1	874	976	\N	José Albares held talks with UN Secretary-General António Guterres at the UN headquarters in Almaty.	{c0:ESP,k0:ESPGOV,"n0:José Albares",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'albares':2 'almaty':16 'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'jose':1 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NJosé Albares	NAntónio Guterres	CESPGOV	CIGOUNO
20240125	188	26	gen-0000024	9	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	\N	\N	\N	\N	\N	10	1	977	1066	\N	Takeshi Iwaya thanked José Albares for the support of Spain to the initiatives of Japan.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",c1:ESP,k1:ESPGOV,"n1:José Albares"}	'albares':5 'for':6 'initiatives':13 'iwaya':2 'japan':15 'jose':4 'of':9,14 'spain':10 'support':8 'takeshi':1 'thanked':3 'the':7,12 'to':11	NTakeshi Iwaya	NJosé Albares	CJPNGOV	CESPGOV
20240126	189	27	gen-0000025	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	0	1	0	102	\N	Mihai Popșoi held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'general':8 'geneva':16 'guterres':10 'headquarters':14 'held':3 'in':15 'mihai':1 'popsoi':2 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NMihai Popșoi	NAntónio Guterres	CMDAGOV	CIGOUNO
20240126	190	27	gen-0000025	1	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Moldova	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Japan	Yoko Kamikawa	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	New York	USA	40.71	-74.01	\N	1	1	103	193	\N	The Foreign Ministers of Moldova and Japan signed a memorandum on cooperation in New York.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:JPN,k1:JPNGOV,"n1:Yoko Kamikawa","p0:New YorkUSA"}	'a':9 'and':6 'cooperation':12 'foreign':2 'in':13 'japan':7 'memorandum':10 'ministers':3 'moldova':5 'new':14 'of':4 'on':11 'signed':8 'the':1 'york':15	NMihai Popșoi	NYoko Kamikawa	CMDAGOV	CJPNGOV
20240126	191	27	gen-0000025	2	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Moldova	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Japan	Yoko Kamikawa	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	New York	USA	40.71	-74.01	["peace and security"]	2	1	194	276	[[3,277,359]]	The parties discussed regional security and the agenda of the UN General Assembly.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:JPN,k1:JPNGOV,"n1:Yoko Kamikawa","p0:New YorkUSA","t0:peace and security"}	'agenda':8 'and':6 'assembly':13 'discussed':3 'general':12 'of':9 'parties':2 'regional':4 'security':5 'the':1,7,10 'un':11	NMihai Popșoi	NYoko Kamikawa	CMDAGOV	CJPNGOV
20240126	192	27	gen-0000025	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	4	1	360	464	\N	Xavier Bettel held talks with UN Secretary-General António Guterres at the UN headquarters in Brussels.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'bettel':2 'brussels':16 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5 'xavier':1	NXavier Bettel	NAntónio Guterres	CLUXGOV	CIGOUNO
20240126	193	27	gen-0000025	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Minister of Foreign Affairs of Poland Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Astana	KAZ	51.18	71.45	\N	5	1	465	612	\N	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani met with Minister of Foreign Affairs of Poland Radosław Sikorski in Astana.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",c1:POL,k1:POLGOV,"n1:Radosław Sikorski",p0:AstanaKAZ}	'abdullatif':7 'affairs':4,17 'al':10 'astana':23 'bahrain':6 'bin':8 'foreign':3,16 'in':22 'met':12 'minister':1,14 'of':2,5,15,18 'poland':19 'radosław':20 'rashid':9 'sikorski':21 'with':13 'zayani':11	NAbdullatif bin Rashid Al Zayani	NRadosław Sikorski	CBHRGOV	CPOLGOV
20240126	194	27	gen-0000025	5	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Moldova	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Kazakhstan	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Almaty	KAZ	43.26	76.93	\N	6	1	613	706	\N	The Foreign Ministers of Moldova and Kazakhstan signed a memorandum on cooperation in Almaty.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:KAZ,k1:KAZGOV,"n1:Murat Nurtleu",p0:AlmatyKAZ}	'a':9 'almaty':14 'and':6 'cooperation':12 'foreign':2 'in':13 'kazakhstan':7 'memorandum':10 'ministers':3 'moldova':5 'of':4 'on':11 'signed':8 'the':1	NMihai Popșoi	NMurat Nurtleu	CMDAGOV	CKAZGOV
20240126	195	27	gen-0000025	6	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	7	1	707	808	\N	During the visit, Ignazio Cassis also met with the Director-General of the World Health Organization.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'cassis':5 'director':10 'during':1 'general':11 'health':15 'ignazio':4 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NIgnazio Cassis	NTedros Adhanom Ghebreyesus	CCHEGOV	CIGOUNOHLHWHO
20240126	196	27	gen-0000025	7	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	8	1	809	909	\N	During the visit, Takeshi Iwaya also met with the Director-General of the World Health Organization.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'iwaya':5 'met':7 'of':12 'organization':16 'takeshi':4 'the':2,9,13 'visit':3 'with':8 'world':14	NTakeshi Iwaya	NTedros Adhanom Ghebreyesus	CJPNGOV	CIGOUNOHLHWHO
20240126	197	27	gen-0000025	8	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	9	1	910	1028	\N	During the visit, Abdullatif bin Rashid Al Zayani also met with the Director-General of the World Health Organization.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'abdullatif':4 'al':7 'also':9 'bin':5 'director':13 'during':1 'general':14 'health':18 'met':10 'of':15 'organization':19 'rashid':6 'the':2,12,16 'visit':3 'with':11 'world':17 'zayani':8	NAbdullatif bin Rashid Al Zayani	NTedros Adhanom Ghebreyesus	CBHRGOV	CIGOUNOHLHWHO
20240126	198	27	gen-0000025	9	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	10	1	1029	1133	\N	Takeshi Iwaya held talks with UN Secretary-General António Guterres at the UN headquarters in New York.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'iwaya':2 'new':16 'secretary':7 'takeshi':1 'talks':4 'the':12 'un':6,13 'with':5 'york':17	NTakeshi Iwaya	NAntónio Guterres	CJPNGOV	CIGOUNO
20240127	199	28	gen-0000026	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	0	1	0	102	\N	Andrii Sybiha held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'andrii':1 'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'secretary':7 'sybiha':2 'talks':4 'the':12 'un':6,13 'vienna':16 'with':5	NAndrii Sybiha	NAntónio Guterres	CUKRGOV	CIGOUNO
20240127	200	28	gen-0000026	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	1	1	103	205	\N	Murat Nurtleu held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'murat':1 'nurtleu':2 'secretary':7 'talks':4 'the':12 'un':6,13 'vienna':16 'with':5	NMurat Nurtleu	NAntónio Guterres	CKAZGOV	CIGOUNO
20240127	201	28	gen-0000026	2	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	\N	\N	\N	\N	\N	2	1	206	302	\N	Andrii Sybiha thanked Murat Nurtleu for the support of Kazakhstan to the initiatives of Ukraine.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",c1:KAZ,k1:KAZGOV,"n1:Murat Nurtleu"}	'andrii':1 'for':6 'initiatives':13 'kazakhstan':10 'murat':4 'nurtleu':5 'of':9,14 'support':8 'sybiha':2 'thanked':3 'the':7,12 'to':11 'ukraine':15	NAndrii Sybiha	NMurat Nurtleu	CUKRGOV	CKAZGOV
20240127	202	28	gen-0000026	3	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Spain	José Manuel Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Bahrain	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Vienna	AUT	48.21	16.37	\N	3	1	303	391	\N	The Foreign Ministers of Spain and Bahrain signed a memorandum on cooperation in Vienna.	{c0:ESP,k0:ESPGOV,"n0:José Manuel Albares",c1:BHR,k1:BHRGOV,"n1:Abdullatif bin Rashid Al Zayani",p0:ViennaAUT}	'a':9 'and':6 'bahrain':7 'cooperation':12 'foreign':2 'in':13 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'spain':5 'the':1 'vienna':14	NJosé Manuel Albares	NAbdullatif bin Rashid Al Zayani	CESPGOV	CBHRGOV
20240127	203	28	gen-0000026	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Spain José Albares	José Manuel Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Minister of Foreign Affairs of Moldova Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Astana	KAZ	51.18	71.45	\N	4	1	392	515	[[5,516,641]]	Minister of Foreign Affairs of Spain José Albares met with Minister of Foreign Affairs of Moldova Mihai Popșoi in Astana.	{c0:ESP,k0:ESPGOV,"n0:José Manuel Albares",c1:MDA,k1:MDAGOV,"n1:Mihai Popșoi",p0:AstanaKAZ}	'affairs':4,14 'albares':8 'astana':20 'foreign':3,13 'in':19 'jose':7 'met':9 'mihai':17 'minister':1,11 'moldova':16 'of':2,5,12,15 'popsoi':18 'spain':6 'with':10	NJosé Manuel Albares	NMihai Popșoi	CESPGOV	CMDAGOV
20240127	204	28	gen-0000026	5	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	José Albares	José Manuel Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	\N	\N	\N	\N	\N	6	1	642	731	\N	Baiba Braže thanked José Albares for the support of Spain to the initiatives of Latvia.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",c1:ESP,k1:ESPGOV,"n1:José Manuel Albares"}	'albares':5 'baiba':1 'braze':2 'for':6 'initiatives':13 'jose':4 'latvia':15 'of':9,14 'spain':10 'support':8 'thanked':3 'the':7,12 'to':11	NBaiba Braže	NJosé Manuel Albares	CLVAGOV	CESPGOV
20240127	205	28	gen-0000026	6	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	\N	\N	\N	\N	\N	7	1	732	834	\N	Ignazio Cassis thanked Radosław Sikorski for the support of Poland to the initiatives of Switzerland.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:POL,k1:POLGOV,"n1:Radosław Sikorski"}	'cassis':2 'for':6 'ignazio':1 'initiatives':13 'of':9,14 'poland':10 'radosław':4 'sikorski':5 'support':8 'switzerland':15 'thanked':3 'the':7,12 'to':11	NIgnazio Cassis	NRadosław Sikorski	CCHEGOV	CPOLGOV
20240127	206	28	gen-0000026	7	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Luxembourg	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Bahrain	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Brussels	BEL	50.85	4.35	\N	8	1	835	930	\N	The Foreign Ministers of Luxembourg and Bahrain signed a memorandum on cooperation in Brussels.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:BHR,k1:BHRGOV,"n1:Abdullatif bin Rashid Al Zayani",p0:BrusselsBEL}	'a':9 'and':6 'bahrain':7 'brussels':14 'cooperation':12 'foreign':2 'in':13 'luxembourg':5 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'the':1	NXavier Bettel	NAbdullatif bin Rashid Al Zayani	CLUXGOV	CBHRGOV
20240127	207	28	gen-0000026	8	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Switzerland	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Moldova	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Astana	KAZ	51.18	71.45	\N	9	1	931	1025	\N	The Foreign Ministers of Switzerland and Moldova signed a memorandum on cooperation in Astana.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:MDA,k1:MDAGOV,"n1:Mihai Popșoi",p0:AstanaKAZ}	'a':9 'and':6 'astana':14 'cooperation':12 'foreign':2 'in':13 'memorandum':10 'ministers':3 'moldova':7 'of':4 'on':11 'signed':8 'switzerland':5 'the':1	NIgnazio Cassis	NMihai Popșoi	CCHEGOV	CMDAGOV
20240127	208	28	gen-0000026	9	AGREE	030	1	4	40	agree	day	builtin	f	\N	Latvia	\N	\N	LVA	\N	LVA	\N	Luxembourg	\N	\N	LUX	\N	LUX	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	10	1	1026	1108	\N	Latvia and Luxembourg agreed to expand cooperation in trade, energy and transport.	{c0:LVA,k0:LVA,m0:Latvia,c1:LUX,k1:LUX,m1:Luxembourg,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'latvia':1 'luxembourg':3 'to':5 'trade':9 'transport':12	CLVA	CLUX	CLVA	CLUX
20240128	209	29	gen-0000027	0	AGREE	030	1	4	40	agree	day	builtin	f	\N	Japan	\N	\N	JPN	\N	JPN	\N	Kazakhstan	\N	\N	KAZ	\N	KAZ	\N	\N	\N	\N	\N	["trade","energy","transport"]	0	1	0	81	\N	Japan and Kazakhstan agreed to expand cooperation in trade, energy and transport.	{c0:JPN,k0:JPN,m0:Japan,c1:KAZ,k1:KAZ,m1:Kazakhstan,t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'japan':1 'kazakhstan':3 'to':5 'trade':9 'transport':12	CJPN	CKAZ	CJPN	CKAZ
20240128	210	29	gen-0000027	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	\N	\N	\N	\N	["health","peace and security"]	1	1	82	182	[[2,183,265]]	During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus",t0:health,"t0:peace and security"}	'also':6 'director':10 'during':1 'general':11 'health':15 'met':7 'mihai':4 'of':12 'organization':16 'popsoi':5 'the':2,9,13 'visit':3 'with':8 'world':14	NMihai Popșoi	NTedros Adhanom Ghebreyesus	CMDAGOV	CIGOUNOHLHWHO
20240128	211	29	gen-0000027	2	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Kazakhstan	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Bahrain	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Almaty	KAZ	43.26	76.93	\N	3	1	266	359	\N	The Foreign Ministers of Kazakhstan and Bahrain signed a memorandum on cooperation in Almaty.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:BHR,k1:BHRGOV,"n1:Abdullatif bin Rashid Al Zayani",p0:AlmatyKAZ}	'a':9 'almaty':14 'and':6 'bahrain':7 'cooperation':12 'foreign':2 'in':13 'kazakhstan':5 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'the':1	NMurat Nurtleu	NAbdullatif bin Rashid Al Zayani	CKAZGOV	CBHRGOV
20240128	212	29	gen-0000027	3	AGREE	030	1	4	40	agree	day	builtin	f	\N	Kazakhstan	\N	\N	KAZ	\N	KAZ	\N	Spain	\N	\N	ESP	\N	ESP	\N	\N	\N	\N	\N	["trade","energy","transport"]	4	1	360	441	\N	Kazakhstan and Spain agreed to expand cooperation in trade, energy and transport.	{c0:KAZ,k0:KAZ,m0:Kazakhstan,c1:ESP,k1:ESP,m1:Spain,t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'kazakhstan':1 'spain':3 'to':5 'trade':9 'transport':12	CKAZ	CESP	CKAZ	CESP
20240101	320	2	gen-0000000	0	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	\N	\N	\N	\N	\N	0	1	0	111	\N	Andrii Sybiha thanked Abdullatif bin Rashid Al Zayani for the support of Bahrain to the initiatives of Ukraine.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",c1:BHR,k1:BHRGOV,"n1:Abdullatif bin Rashid Al Zayani"}	'abdullatif':4 'al':7 'andrii':1 'bahrain':13 'bin':5 'for':9 'initiatives':16 'of':12,17 'rashid':6 'support':11 'sybiha':2 'thanked':3 'the':10,15 'to':14 'ukraine':18 'zayani':8	NAndrii Sybiha	NAbdullatif bin Rashid Al Zayani	CUKRGOV	CBHRGOV
20240101	321	2	gen-0000000	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Latvia Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Minister of Foreign Affairs of Switzerland Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Astana	KAZ	51.18	71.45	["peace and security"]	1	1	112	240	[[3,338,420]]	Minister of Foreign Affairs of Latvia Baiba Braže met with Minister of Foreign Affairs of Switzerland Ignazio Cassis in Astana.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",c1:CHE,k1:CHEGOV,"n1:Ignazio Cassis",p0:AstanaKAZ,"t0:peace and security"}	'affairs':4,14 'astana':20 'baiba':7 'braze':8 'cassis':18 'foreign':3,13 'ignazio':17 'in':19 'latvia':6 'met':9 'minister':1,11 'of':2,5,12,15 'switzerland':16 'with':10	NBaiba Braže	NIgnazio Cassis	CLVAGOV	CCHEGOV
20240101	322	2	gen-0000000	2	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	\N	\N	\N	\N	\N	2	1	241	337	\N	Xavier Bettel thanked Andrii Sybiha for the support of Ukraine to the initiatives of Luxembourg.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:UKR,k1:UKRGOV,"n1:Andrii Sybiha"}	'andrii':4 'bettel':2 'for':6 'initiatives':13 'luxembourg':15 'of':9,14 'support':8 'sybiha':5 'thanked':3 'the':7,12 'to':11 'ukraine':10 'xavier':1	NXavier Bettel	NAndrii Sybiha	CLUXGOV	CUKRGOV
20240101	323	2	gen-0000000	3	AGREE	030	1	4	40	agree	day	builtin	f	\N	Japan	\N	\N	JPN	\N	JPN	\N	Latvia	\N	\N	LVA	\N	LVA	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	4	1	421	498	\N	Japan and Latvia agreed to expand cooperation in trade, energy and transport.	{c0:JPN,k0:JPN,m0:Japan,c1:LVA,k1:LVA,m1:Latvia,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'japan':1 'latvia':3 'to':5 'trade':9 'transport':12	CJPN	CLVA	CJPN	CLVA
20240101	324	2	gen-0000000	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	5	1	499	602	\N	Baiba Braže held talks with UN Secretary-General António Guterres at the UN headquarters in New York.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'baiba':1 'braze':2 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'new':16 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5 'york':17	NBaiba Braže	NAntónio Guterres	CLVAGOV	CIGOUNO
20240101	325	2	gen-0000000	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Japan Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Minister of Foreign Affairs of Poland Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Vienna	AUT	48.21	16.37	\N	6	1	603	730	\N	Minister of Foreign Affairs of Japan Takeshi Iwaya met with Minister of Foreign Affairs of Poland Radosław Sikorski in Vienna.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",c1:POL,k1:POLGOV,"n1:Radosław Sikorski",p0:ViennaAUT}	'affairs':4,14 'foreign':3,13 'in':19 'iwaya':8 'japan':6 'met':9 'minister':1,11 'of':2,5,12,15 'poland':16 'radosław':17 'sikorski':18 'takeshi':7 'vienna':20 'with':10	NTakeshi Iwaya	NRadosław Sikorski	CJPNGOV	CPOLGOV
20240101	326	2	gen-0000000	6	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	7	1	731	831	\N	During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'met':7 'mihai':4 'of':12 'organization':16 'popsoi':5 'the':2,9,13 'visit':3 'with':8 'world':14	NMihai Popșoi	NTedros Adhanom Ghebreyesus	CMDAGOV	CIGOUNOHLHWHO
20240101	327	2	gen-0000000	7	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	8	1	832	932	\N	During the visit, Murat Nurtleu also met with the Director-General of the World Health Organization.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'met':7 'murat':4 'nurtleu':5 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NMurat Nurtleu	NTedros Adhanom Ghebreyesus	CKAZGOV	CIGOUNOHLHWHO
20240101	328	2	gen-0000000	8	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Minister of Foreign Affairs of Poland Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Brussels	BEL	50.85	4.35	\N	9	1	933	1082	\N	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani met with Minister of Foreign Affairs of Poland Radosław Sikorski in Brussels.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",c1:POL,k1:POLGOV,"n1:Radosław Sikorski",p0:BrusselsBEL}	'abdullatif':7 'affairs':4,17 'al':10 'bahrain':6 'bin':8 'brussels':23 'foreign':3,16 'in':22 'met':12 'minister':1,14 'of':2,5,15,18 'poland':19 'radosław':20 'rashid':9 'sikorski':21 'with':13 'zayani':11	NAbdullatif bin Rashid Al Zayani	NRadosław Sikorski	CBHRGOV	CPOLGOV
20240101	329	2	gen-0000000	9	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	\N	\N	\N	\N	\N	10	1	1083	1177	\N	Xavier Bettel thanked José Albares for the support of Spain to the initiatives of Luxembourg.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:ESP,k1:ESPGOV,"n1:José Albares"}	'albares':5 'bettel':2 'for':6 'initiatives':13 'jose':4 'luxembourg':15 'of':9,14 'spain':10 'support':8 'thanked':3 'the':7,12 'to':11 'xavier':1	NXavier Bettel	NJosé Albares	CLUXGOV	CESPGOV
20240102	330	3	gen-0000001	0	AGREE	030	1	4	40	agree	day	builtin	f	\N	Bahrain	\N	\N	BHR	\N	BHR	\N	Spain	\N	\N	ESP	\N	ESP	\N	\N	\N	\N	\N	["trade","energy","transport"]	2	1	166	244	\N	Bahrain and Spain agreed to expand cooperation in trade, energy and transport.	{c0:BHR,k0:BHR,m0:Bahrain,c1:ESP,k1:ESP,m1:Spain,t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'bahrain':1 'cooperation':7 'energy':10 'expand':6 'in':8 'spain':3 'to':5 'trade':9 'transport':12	CBHR	CESP	CBHR	CESP
20240102	331	3	gen-0000001	1	AGREE	030	1	4	40	agree	day	builtin	f	\N	Switzerland	\N	\N	CHE	\N	CHE	\N	Luxembourg	\N	\N	LUX	\N	LUX	\N	\N	\N	\N	\N	["trade","energy","transport"]	3	1	245	332	\N	Switzerland and Luxembourg agreed to expand cooperation in trade, energy and transport.	{c0:CHE,k0:CHE,m0:Switzerland,c1:LUX,k1:LUX,m1:Luxembourg,t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'luxembourg':3 'switzerland':1 'to':5 'trade':9 'transport':12	CCHE	CLUX	CCHE	CLUX
20240102	332	3	gen-0000001	2	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Almaty	KAZ	43.26	76.93	\N	4	1	333	481	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani in Almaty.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:BHR,k1:BHRGOV,"n1:Abdullatif bin Rashid Al Zayani",p0:AlmatyKAZ}	'abdullatif':17 'affairs':4,14 'al':20 'almaty':23 'bahrain':16 'bin':18 'cassis':8 'foreign':3,13 'ignazio':7 'in':22 'met':9 'minister':1,11 'of':2,5,12,15 'rashid':19 'switzerland':6 'with':10 'zayani':21	NIgnazio Cassis	NAbdullatif bin Rashid Al Zayani	CCHEGOV	CBHRGOV
20240102	333	3	gen-0000001	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	\N	\N	\N	\N	["health"]	5	1	482	582	\N	During the visit, José Albares also met with the Director-General of the World Health Organization.	{c0:ESP,k0:ESPGOV,"n0:José Albares",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus",t0:health}	'albares':5 'also':6 'director':10 'during':1 'general':11 'health':15 'jose':4 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NJosé Albares	NTedros Adhanom Ghebreyesus	CESPGOV	CIGOUNOHLHWHO
20240103	334	4	gen-0000002	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	0	1	0	100	\N	During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'met':7 'mihai':4 'of':12 'organization':16 'popsoi':5 'the':2,9,13 'visit':3 'with':8 'world':14	NMihai Popșoi	NTedros Adhanom Ghebreyesus	CMDAGOV	CIGOUNOHLHWHO
20240103	335	4	gen-0000002	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Minister of Foreign Affairs of Ukraine Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Astana	KAZ	51.18	71.45	\N	1	1	101	231	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Ukraine Andrii Sybiha in Astana.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:UKR,k1:UKRGOV,"n1:Andrii Sybiha",p0:AstanaKAZ}	'affairs':4,14 'andrii':17 'astana':20 'cassis':8 'foreign':3,13 'ignazio':7 'in':19 'met':9 'minister':1,11 'of':2,5,12,15 'switzerland':6 'sybiha':18 'ukraine':16 'with':10	NIgnazio Cassis	NAndrii Sybiha	CCHEGOV	CUKRGOV
20240103	336	4	gen-0000002	2	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Poland	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Moldova	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Astana	KAZ	51.18	71.45	\N	2	1	232	321	\N	The Foreign Ministers of Poland and Moldova signed a memorandum on cooperation in Astana.	{c0:POL,k0:POLGOV,"n0:Radosław Sikorski",c1:MDA,k1:MDAGOV,"n1:Mihai Popșoi",p0:AstanaKAZ}	'a':9 'and':6 'astana':14 'cooperation':12 'foreign':2 'in':13 'memorandum':10 'ministers':3 'moldova':7 'of':4 'on':11 'poland':5 'signed':8 'the':1	NRadosław Sikorski	NMihai Popșoi	CPOLGOV	CMDAGOV
20240103	337	4	gen-0000002	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	3	1	322	444	\N	Abdullatif bin Rashid Al Zayani held talks with UN Secretary-General António Guterres at the UN headquarters in New York.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'abdullatif':1 'al':4 'antonio':12 'at':14 'bin':2 'general':11 'guterres':13 'headquarters':17 'held':6 'in':18 'new':19 'rashid':3 'secretary':10 'talks':7 'the':15 'un':9,16 'with':8 'york':20 'zayani':5	NAbdullatif bin Rashid Al Zayani	NAntónio Guterres	CBHRGOV	CIGOUNO
20240103	338	4	gen-0000002	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Minister of Foreign Affairs of Japan Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Vienna	AUT	48.21	16.37	\N	4	1	445	573	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Japan Takeshi Iwaya in Vienna.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya",p0:ViennaAUT}	'affairs':4,14 'cassis':8 'foreign':3,13 'ignazio':7 'in':19 'iwaya':18 'japan':16 'met':9 'minister':1,11 'of':2,5,12,15 'switzerland':6 'takeshi':17 'vienna':20 'with':10	NIgnazio Cassis	NTakeshi Iwaya	CCHEGOV	CJPNGOV
20240103	339	4	gen-0000002	5	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	\N	\N	\N	\N	\N	5	1	574	674	\N	Murat Nurtleu thanked Radosław Sikorski for the support of Poland to the initiatives of Kazakhstan.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:POL,k1:POLGOV,"n1:Radosław Sikorski"}	'for':6 'initiatives':13 'kazakhstan':15 'murat':1 'nurtleu':2 'of':9,14 'poland':10 'radosław':4 'sikorski':5 'support':8 'thanked':3 'the':7,12 'to':11	NMurat Nurtleu	NRadosław Sikorski	CKAZGOV	CPOLGOV
20240103	340	4	gen-0000002	6	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	6	1	675	777	\N	Murat Nurtleu held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'murat':1 'nurtleu':2 'secretary':7 'talks':4 'the':12 'un':6,13 'vienna':16 'with':5	NMurat Nurtleu	NAntónio Guterres	CKAZGOV	CIGOUNO
20240103	341	4	gen-0000002	7	CONSULT	040	1	1	10	meet	day	builtin	f	\N	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	7	1	778	880	\N	José Albares held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:ESP,k0:ESPGOV,"n0:José Albares",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'albares':2 'antonio':9 'at':11 'general':8 'geneva':16 'guterres':10 'headquarters':14 'held':3 'in':15 'jose':1 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NJosé Albares	NAntónio Guterres	CESPGOV	CIGOUNO
20240104	342	5	gen-0000003	0	AGREE	030	1	4	40	agree	day	builtin	f	\N	Ukraine	\N	\N	UKR	\N	UKR	\N	Kazakhstan	\N	\N	KAZ	\N	KAZ	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	0	1	0	83	\N	Ukraine and Kazakhstan agreed to expand cooperation in trade, energy and transport.	{c0:UKR,k0:UKR,m0:Ukraine,c1:KAZ,k1:KAZ,m1:Kazakhstan,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'kazakhstan':3 'to':5 'trade':9 'transport':12 'ukraine':1	CUKR	CKAZ	CUKR	CKAZ
20240104	343	5	gen-0000003	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Ukraine	\N	\N	UKR	\N	UKR	\N	Kazakhstan	\N	\N	KAZ	\N	KAZ	\N	New York	USA	40.71	-74.01	["peace and security"]	1	1	84	166	\N	The parties discussed regional security and the agenda of the UN General Assembly.	{c0:UKR,k0:UKR,m0:Ukraine,c1:KAZ,k1:KAZ,m1:Kazakhstan,"p0:New YorkUSA","t0:peace and security"}	'agenda':8 'and':6 'assembly':13 'discussed':3 'general':12 'of':9 'parties':2 'regional':4 'security':5 'the':1,7,10 'un':11	CUKR	CKAZ	CUKR	CKAZ
20240104	344	5	gen-0000003	2	AGREE	030	1	4	40	agree	day	builtin	f	\N	Kazakhstan	\N	\N	KAZ	\N	KAZ	\N	Bahrain	\N	\N	BHR	\N	BHR	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	2	1	167	250	\N	Kazakhstan and Bahrain agreed to expand cooperation in trade, energy and transport.	{c0:KAZ,k0:KAZ,m0:Kazakhstan,c1:BHR,k1:BHR,m1:Bahrain,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'bahrain':3 'cooperation':7 'energy':10 'expand':6 'in':8 'kazakhstan':1 'to':5 'trade':9 'transport':12	CKAZ	CBHR	CKAZ	CBHR
20240104	345	5	gen-0000003	3	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Poland	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Moldova	Nicu Popescu	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Brussels	BEL	50.85	4.35	\N	3	1	251	342	\N	The Foreign Ministers of Poland and Moldova signed a memorandum on cooperation in Brussels.	{c0:POL,k0:POLGOV,"n0:Radosław Sikorski",c1:MDA,k1:MDAGOV,"n1:Nicu Popescu",p0:BrusselsBEL}	'a':9 'and':6 'brussels':14 'cooperation':12 'foreign':2 'in':13 'memorandum':10 'ministers':3 'moldova':7 'of':4 'on':11 'poland':5 'signed':8 'the':1	NRadosław Sikorski	NNicu Popescu	CPOLGOV	CMDAGOV
20240104	346	5	gen-0000003	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	4	1	343	445	\N	Xavier Bettel held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'bettel':2 'general':8 'geneva':16 'guterres':10 'headquarters':14 'held':3 'in':15 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5 'xavier':1	NXavier Bettel	NAntónio Guterres	CLUXGOV	CIGOUNO
20240106	356	7	gen-0000005	0	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	\N	\N	\N	\N	\N	0	1	0	100	\N	Xavier Bettel thanked Radosław Sikorski for the support of Poland to the initiatives of Luxembourg.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:POL,k1:POLGOV,"n1:Radosław Sikorski"}	'bettel':2 'for':6 'initiatives':13 'luxembourg':15 'of':9,14 'poland':10 'radosław':4 'sikorski':5 'support':8 'thanked':3 'the':7,12 'to':11 'xavier':1	NXavier Bettel	NRadosław Sikorski	CLUXGOV	CPOLGOV
20240105	347	6	gen-0000004	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	["peace and security"]	0	1	0	120	[[3,314,434],[4,435,517]]	Abdullatif bin Rashid Al Zayani held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA","t0:peace and security"}	'abdullatif':1 'al':4 'antonio':12 'at':14 'bin':2 'general':11 'geneva':19 'guterres':13 'headquarters':17 'held':6 'in':18 'rashid':3 'secretary':10 'talks':7 'the':15 'un':9,16 'with':8 'zayani':5	NAbdullatif bin Rashid Al Zayani	NAntónio Guterres	CBHRGOV	CIGOUNO
20240105	348	6	gen-0000004	1	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Poland	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Kazakhstan	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Astana	KAZ	51.18	71.45	\N	1	1	121	213	\N	The Foreign Ministers of Poland and Kazakhstan signed a memorandum on cooperation in Astana.	{c0:POL,k0:POLGOV,"n0:Radosław Sikorski",c1:KAZ,k1:KAZGOV,"n1:Murat Nurtleu",p0:AstanaKAZ}	'a':9 'and':6 'astana':14 'cooperation':12 'foreign':2 'in':13 'kazakhstan':7 'memorandum':10 'ministers':3 'of':4 'on':11 'poland':5 'signed':8 'the':1	NRadosław Sikorski	NMurat Nurtleu	CPOLGOV	CKAZGOV
20240105	349	6	gen-0000004	2	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	2	1	214	313	\N	During the visit, Baiba Braže also met with the Director-General of the World Health Organization.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'baiba':4 'braze':5 'director':10 'during':1 'general':11 'health':15 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NBaiba Braže	NTedros Adhanom Ghebreyesus	CLVAGOV	CIGOUNOHLHWHO
20240105	350	6	gen-0000004	3	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Latvia	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Kazakhstan	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Almaty	KAZ	43.26	76.93	\N	5	1	518	610	\N	The Foreign Ministers of Latvia and Kazakhstan signed a memorandum on cooperation in Almaty.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",c1:KAZ,k1:KAZGOV,"n1:Murat Nurtleu",p0:AlmatyKAZ}	'a':9 'almaty':14 'and':6 'cooperation':12 'foreign':2 'in':13 'kazakhstan':7 'latvia':5 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'the':1	NBaiba Braže	NMurat Nurtleu	CLVAGOV	CKAZGOV
20240105	351	6	gen-0000004	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	6	1	611	713	\N	Andrii Sybiha held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'andrii':1 'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'secretary':7 'sybiha':2 'talks':4 'the':12 'un':6,13 'vienna':16 'with':5	NAndrii Sybiha	NAntónio Guterres	CUKRGOV	CIGOUNO
20240105	352	6	gen-0000004	5	AGREE	030	1	4	40	agree	day	builtin	f	\N	Bahrain	\N	\N	BHR	\N	BHR	\N	Luxembourg	\N	\N	LUX	\N	LUX	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	7	1	714	797	\N	Bahrain and Luxembourg agreed to expand cooperation in trade, energy and transport.	{c0:BHR,k0:BHR,m0:Bahrain,c1:LUX,k1:LUX,m1:Luxembourg,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'bahrain':1 'cooperation':7 'energy':10 'expand':6 'in':8 'luxembourg':3 'to':5 'trade':9 'transport':12	CBHR	CLUX	CBHR	CLUX
20240105	353	6	gen-0000004	6	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	\N	\N	\N	\N	\N	8	1	798	891	\N	Mihai Popșoi thanked Andrii Sybiha for the support of Ukraine to the initiatives of Moldova.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:UKR,k1:UKRGOV,"n1:Andrii Sybiha"}	'andrii':4 'for':6 'initiatives':13 'mihai':1 'moldova':15 'of':9,14 'popsoi':2 'support':8 'sybiha':5 'thanked':3 'the':7,12 'to':11 'ukraine':10	NMihai Popșoi	NAndrii Sybiha	CMDAGOV	CUKRGOV
20240105	354	6	gen-0000004	7	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Latvia	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Luxembourg	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Vienna	AUT	48.21	16.37	\N	9	1	892	984	\N	The Foreign Ministers of Latvia and Luxembourg signed a memorandum on cooperation in Vienna.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",c1:LUX,k1:LUXGOV,"n1:Xavier Bettel",p0:ViennaAUT}	'a':9 'and':6 'cooperation':12 'foreign':2 'in':13 'latvia':5 'luxembourg':7 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'the':1 'vienna':14	NBaiba Braže	NXavier Bettel	CLVAGOV	CLUXGOV
20240105	355	6	gen-0000004	8	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Kazakhstan	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Ukraine	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Vienna	AUT	48.21	16.37	\N	10	1	985	1078	\N	The Foreign Ministers of Kazakhstan and Ukraine signed a memorandum on cooperation in Vienna.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:UKR,k1:UKRGOV,"n1:Andrii Sybiha",p0:ViennaAUT}	'a':9 'and':6 'cooperation':12 'foreign':2 'in':13 'kazakhstan':5 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'the':1 'ukraine':7 'vienna':14	NMurat Nurtleu	NAndrii Sybiha	CKAZGOV	CUKRGOV
20240106	357	7	gen-0000005	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Minister of Foreign Affairs of Ukraine Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Almaty	KAZ	43.26	76.93	\N	1	1	101	244	\N	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani met with Minister of Foreign Affairs of Ukraine Andrii Sybiha in Almaty.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",c1:UKR,k1:UKRGOV,"n1:Andrii Sybiha",p0:AlmatyKAZ}	'abdullatif':7 'affairs':4,17 'al':10 'almaty':23 'andrii':20 'bahrain':6 'bin':8 'foreign':3,16 'in':22 'met':12 'minister':1,14 'of':2,5,15,18 'rashid':9 'sybiha':21 'ukraine':19 'with':13 'zayani':11	NAbdullatif bin Rashid Al Zayani	NAndrii Sybiha	CBHRGOV	CUKRGOV
20240106	358	7	gen-0000005	2	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	2	1	245	347	\N	Murat Nurtleu held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'murat':1 'nurtleu':2 'secretary':7 'talks':4 'the':12 'un':6,13 'vienna':16 'with':5	NMurat Nurtleu	NAntónio Guterres	CKAZGOV	CIGOUNO
20240106	359	7	gen-0000005	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	3	1	348	450	\N	Andrii Sybiha held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'andrii':1 'antonio':9 'at':11 'general':8 'geneva':16 'guterres':10 'headquarters':14 'held':3 'in':15 'secretary':7 'sybiha':2 'talks':4 'the':12 'un':6,13 'with':5	NAndrii Sybiha	NAntónio Guterres	CUKRGOV	CIGOUNO
20240106	360	7	gen-0000005	4	AGREE	030	1	4	40	agree	day	builtin	f	\N	Poland	\N	\N	POL	\N	POL	\N	Switzerland	\N	\N	CHE	\N	CHE	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	4	1	451	534	\N	Poland and Switzerland agreed to expand cooperation in trade, energy and transport.	{c0:POL,k0:POL,m0:Poland,c1:CHE,k1:CHE,m1:Switzerland,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'poland':1 'switzerland':3 'to':5 'trade':9 'transport':12	CPOL	CCHE	CPOL	CCHE
20240106	361	7	gen-0000005	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health","peace and security"]	5	1	535	653	[[6,654,736],[7,737,819]]	During the visit, Abdullatif bin Rashid Al Zayani also met with the Director-General of the World Health Organization.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health,"t0:peace and security"}	'abdullatif':4 'al':7 'also':9 'bin':5 'director':13 'during':1 'general':14 'health':18 'met':10 'of':15 'organization':19 'rashid':6 'the':2,12,16 'visit':3 'with':11 'world':17 'zayani':8	NAbdullatif bin Rashid Al Zayani	NTedros Adhanom Ghebreyesus	CBHRGOV	CIGOUNOHLHWHO
20240106	362	7	gen-0000005	6	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	\N	\N	\N	\N	\N	8	1	820	911	\N	Mihai Popșoi thanked Takeshi Iwaya for the support of Japan to the initiatives of Moldova.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya"}	'for':6 'initiatives':13 'iwaya':5 'japan':10 'mihai':1 'moldova':15 'of':9,14 'popsoi':2 'support':8 'takeshi':4 'thanked':3 'the':7,12 'to':11	NMihai Popșoi	NTakeshi Iwaya	CMDAGOV	CJPNGOV
20240106	363	7	gen-0000005	7	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Minister of Foreign Affairs of Latvia Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Almaty	KAZ	43.26	76.93	\N	9	1	912	1040	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Latvia Baiba Braže in Almaty.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:LVA,k1:LVAGOV,"n1:Baiba Braže",p0:AlmatyKAZ}	'affairs':4,14 'almaty':20 'baiba':17 'braze':18 'cassis':8 'foreign':3,13 'ignazio':7 'in':19 'latvia':16 'met':9 'minister':1,11 'of':2,5,12,15 'switzerland':6 'with':10	NIgnazio Cassis	NBaiba Braže	CCHEGOV	CLVAGOV
20240106	364	7	gen-0000005	8	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health","peace and security"]	10	1	1041	1140	[[11,1141,1223]]	During the visit, Baiba Braže also met with the Director-General of the World Health Organization.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health,"t0:peace and security"}	'also':6 'baiba':4 'braze':5 'director':10 'during':1 'general':11 'health':15 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NBaiba Braže	NTedros Adhanom Ghebreyesus	CLVAGOV	CIGOUNOHLHWHO
20240106	365	7	gen-0000005	9	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	\N	\N	\N	\N	\N	12	1	1224	1320	\N	Ignazio Cassis thanked José Albares for the support of Spain to the initiatives of Switzerland.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:ESP,k1:ESPGOV,"n1:José Albares"}	'albares':5 'cassis':2 'for':6 'ignazio':1 'initiatives':13 'jose':4 'of':9,14 'spain':10 'support':8 'switzerland':15 'thanked':3 'the':7,12 'to':11	NIgnazio Cassis	NJosé Albares	CCHEGOV	CESPGOV
20240106	366	7	gen-0000005	10	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Poland	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Ukraine	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Almaty	KAZ	43.26	76.93	\N	13	1	1321	1410	\N	The Foreign Ministers of Poland and Ukraine signed a memorandum on cooperation in Almaty.	{c0:POL,k0:POLGOV,"n0:Radosław Sikorski",c1:UKR,k1:UKRGOV,"n1:Andrii Sybiha",p0:AlmatyKAZ}	'a':9 'almaty':14 'and':6 'cooperation':12 'foreign':2 'in':13 'memorandum':10 'ministers':3 'of':4 'on':11 'poland':5 'signed':8 'the':1 'ukraine':7	NRadosław Sikorski	NAndrii Sybiha	CPOLGOV	CUKRGOV
20240107	367	8	gen-0000006	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Minister of Foreign Affairs of Poland Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Brussels	BEL	50.85	4.35	\N	2	1	166	302	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Poland Radosław Sikorski in Brussels.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:POL,k1:POLGOV,"n1:Radosław Sikorski",p0:BrusselsBEL}	'affairs':4,14 'brussels':20 'cassis':8 'foreign':3,13 'ignazio':7 'in':19 'met':9 'minister':1,11 'of':2,5,12,15 'poland':16 'radosław':17 'sikorski':18 'switzerland':6 'with':10	NIgnazio Cassis	NRadosław Sikorski	CCHEGOV	CPOLGOV
20240107	368	8	gen-0000006	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Moldova Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Minister of Foreign Affairs of Japan Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Almaty	KAZ	43.26	76.93	\N	3	1	303	426	\N	Minister of Foreign Affairs of Moldova Mihai Popșoi met with Minister of Foreign Affairs of Japan Takeshi Iwaya in Almaty.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya",p0:AlmatyKAZ}	'affairs':4,14 'almaty':20 'foreign':3,13 'in':19 'iwaya':18 'japan':16 'met':9 'mihai':7 'minister':1,11 'moldova':6 'of':2,5,12,15 'popsoi':8 'takeshi':17 'with':10	NMihai Popșoi	NTakeshi Iwaya	CMDAGOV	CJPNGOV
20240107	369	8	gen-0000006	2	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Almaty	KAZ	43.26	76.93	\N	4	1	427	518	\N	Mihai Popșoi thanked Baiba Braže for the support of Latvia to the initiatives of Moldova.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:LVA,k1:LVAGOV,"n1:Baiba Braže",p0:AlmatyKAZ}	'baiba':4 'braze':5 'for':6 'initiatives':13 'latvia':10 'mihai':1 'moldova':15 'of':9,14 'popsoi':2 'support':8 'thanked':3 'the':7,12 'to':11	NMihai Popșoi	NBaiba Braže	CMDAGOV	CLVAGOV
20240107	370	8	gen-0000006	3	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	\N	\N	\N	\N	\N	5	1	519	610	\N	Andrii Sybiha thanked Takeshi Iwaya for the support of Japan to the initiatives of Ukraine.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya"}	'andrii':1 'for':6 'initiatives':13 'iwaya':5 'japan':10 'of':9,14 'support':8 'sybiha':2 'takeshi':4 'thanked':3 'the':7,12 'to':11 'ukraine':15	NAndrii Sybiha	NTakeshi Iwaya	CUKRGOV	CJPNGOV
20240107	371	8	gen-0000006	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	["peace and security"]	6	1	611	716	[[7,717,799],[12,1200,1303]]	Ignazio Cassis held talks with UN Secretary-General António Guterres at the UN headquarters in New York.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA","t0:peace and security"}	'antonio':9 'at':11 'cassis':2 'general':8 'guterres':10 'headquarters':14 'held':3 'ignazio':1 'in':15 'new':16 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5 'york':17	NIgnazio Cassis	NAntónio Guterres	CCHEGOV	CIGOUNO
20240107	372	8	gen-0000006	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Luxembourg Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Minister of Foreign Affairs of Latvia Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Almaty	KAZ	43.26	76.93	\N	8	1	800	926	\N	Minister of Foreign Affairs of Luxembourg Xavier Bettel met with Minister of Foreign Affairs of Latvia Baiba Braže in Almaty.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:LVA,k1:LVAGOV,"n1:Baiba Braže",p0:AlmatyKAZ}	'affairs':4,14 'almaty':20 'baiba':17 'bettel':8 'braze':18 'foreign':3,13 'in':19 'latvia':16 'luxembourg':6 'met':9 'minister':1,11 'of':2,5,12,15 'with':10 'xavier':7	NXavier Bettel	NBaiba Braže	CLUXGOV	CLVAGOV
20240107	373	8	gen-0000006	6	AGREE	030	1	4	40	agree	day	builtin	f	\N	Japan	\N	\N	JPN	\N	JPN	\N	Moldova	\N	\N	MDA	\N	MDA	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	9	1	927	1005	\N	Japan and Moldova agreed to expand cooperation in trade, energy and transport.	{c0:JPN,k0:JPN,m0:Japan,c1:MDA,k1:MDA,m1:Moldova,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'japan':1 'moldova':3 'to':5 'trade':9 'transport':12	CJPN	CMDA	CJPN	CMDA
20240107	374	8	gen-0000006	7	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	10	1	1006	1110	\N	Mihai Popșoi held talks with UN Secretary-General António Guterres at the UN headquarters in New York.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'mihai':1 'new':16 'popsoi':2 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5 'york':17	NMihai Popșoi	NAntónio Guterres	CMDAGOV	CIGOUNO
20240107	375	8	gen-0000006	8	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Moldova	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Japan	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Geneva	CHE	46.2	6.15	\N	11	1	1111	1199	\N	The Foreign Ministers of Moldova and Japan signed a memorandum on cooperation in Geneva.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya",p0:GenevaCHE}	'a':9 'and':6 'cooperation':12 'foreign':2 'geneva':14 'in':13 'japan':7 'memorandum':10 'ministers':3 'moldova':5 'of':4 'on':11 'signed':8 'the':1	NMihai Popșoi	NTakeshi Iwaya	CMDAGOV	CJPNGOV
20240107	376	8	gen-0000006	9	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	\N	\N	\N	\N	\N	13	1	1304	1413	\N	Baiba Braže thanked Abdullatif bin Rashid Al Zayani for the support of Bahrain to the initiatives of Latvia.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",c1:BHR,k1:BHRGOV,"n1:Abdullatif bin Rashid Al Zayani"}	'abdullatif':4 'al':7 'bahrain':13 'baiba':1 'bin':5 'braze':2 'for':9 'initiatives':16 'latvia':18 'of':12,17 'rashid':6 'support':11 'thanked':3 'the':10,15 'to':14 'zayani':8	NBaiba Braže	NAbdullatif bin Rashid Al Zayani	CLVAGOV	CBHRGOV
20240108	377	9	gen-0000007	0	AGREE	030	1	4	40	agree	day	builtin	f	\N	Bahrain	\N	\N	BHR	\N	BHR	\N	Luxembourg	\N	\N	LUX	\N	LUX	\N	\N	\N	\N	\N	["trade","energy","transport"]	0	1	0	83	\N	Bahrain and Luxembourg agreed to expand cooperation in trade, energy and transport.	{c0:BHR,k0:BHR,m0:Bahrain,c1:LUX,k1:LUX,m1:Luxembourg,t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'bahrain':1 'cooperation':7 'energy':10 'expand':6 'in':8 'luxembourg':3 'to':5 'trade':9 'transport':12	CBHR	CLUX	CBHR	CLUX
20240108	378	9	gen-0000007	1	AGREE	030	1	4	40	agree	day	builtin	f	\N	Bahrain	\N	\N	BHR	\N	BHR	\N	Poland	\N	\N	POL	\N	POL	\N	\N	\N	\N	\N	["trade","energy","transport"]	1	1	84	163	\N	Bahrain and Poland agreed to expand cooperation in trade, energy and transport.	{c0:BHR,k0:BHR,m0:Bahrain,c1:POL,k1:POL,m1:Poland,t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'bahrain':1 'cooperation':7 'energy':10 'expand':6 'in':8 'poland':3 'to':5 'trade':9 'transport':12	CBHR	CPOL	CBHR	CPOL
20240108	379	9	gen-0000007	2	AGREE	030	1	4	40	agree	day	builtin	f	\N	Kazakhstan	\N	\N	KAZ	\N	KAZ	\N	Poland	\N	\N	POL	\N	POL	\N	\N	\N	\N	\N	["trade","energy","transport"]	2	1	164	246	\N	Kazakhstan and Poland agreed to expand cooperation in trade, energy and transport.	{c0:KAZ,k0:KAZ,m0:Kazakhstan,c1:POL,k1:POL,m1:Poland,t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'kazakhstan':1 'poland':3 'to':5 'trade':9 'transport':12	CKAZ	CPOL	CKAZ	CPOL
20240108	380	9	gen-0000007	3	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	\N	\N	\N	\N	\N	3	1	247	363	\N	Ignazio Cassis thanked Abdullatif bin Rashid Al Zayani for the support of Bahrain to the initiatives of Switzerland.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:BHR,k1:BHRGOV,"n1:Abdullatif bin Rashid Al Zayani"}	'abdullatif':4 'al':7 'bahrain':13 'bin':5 'cassis':2 'for':9 'ignazio':1 'initiatives':16 'of':12,17 'rashid':6 'support':11 'switzerland':18 'thanked':3 'the':10,15 'to':14 'zayani':8	NIgnazio Cassis	NAbdullatif bin Rashid Al Zayani	CCHEGOV	CBHRGOV
20240108	381	9	gen-0000007	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Kazakhstan	\N	\N	KAZ	\N	KAZ	\N	Poland	\N	\N	POL	\N	POL	\N	\N	\N	\N	\N	["peace and security"]	4	1	364	446	\N	The parties discussed regional security and the agenda of the UN General Assembly.	{c0:KAZ,k0:KAZ,m0:Kazakhstan,c1:POL,k1:POL,m1:Poland,"t0:peace and security"}	'agenda':8 'and':6 'assembly':13 'discussed':3 'general':12 'of':9 'parties':2 'regional':4 'security':5 'the':1,7,10 'un':11	CKAZ	CPOL	CKAZ	CPOL
20240108	382	9	gen-0000007	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	\N	\N	\N	\N	["health"]	5	1	447	547	\N	During the visit, Andrii Sybiha also met with the Director-General of the World Health Organization.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus",t0:health}	'also':6 'andrii':4 'director':10 'during':1 'general':11 'health':15 'met':7 'of':12 'organization':16 'sybiha':5 'the':2,9,13 'visit':3 'with':8 'world':14	NAndrii Sybiha	NTedros Adhanom Ghebreyesus	CUKRGOV	CIGOUNOHLHWHO
20240109	383	10	gen-0000008	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	0	1	0	130	\N	During the visit, Abdullatif bin Rashid Al Zayani also held talks with with the Director-General of the World Health Organization.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'abdullatif':4 'al':7 'also':9 'bin':5 'director':15 'during':1 'general':16 'health':20 'held':10 'of':17 'organization':21 'rashid':6 'talks':11 'the':2,14,18 'visit':3 'with':12,13 'world':19 'zayani':8	NAbdullatif bin Rashid Al Zayani	NTedros Adhanom Ghebreyesus	CBHRGOV	CIGOUNOHLHWHO
20240109	384	10	gen-0000008	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	1	1	131	233	\N	Xavier Bettel held talks with UN Secretary-General António Guterres at the UN headquarters in Astana.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'astana':16 'at':11 'bettel':2 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5 'xavier':1	NXavier Bettel	NAntónio Guterres	CLUXGOV	CIGOUNO
20240109	385	10	gen-0000008	2	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	2	1	234	337	[[3,338,443]]	Ignazio Cassis held talks with UN Secretary-General António Guterres at the UN headquarters in Almaty.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'almaty':16 'antonio':9 'at':11 'cassis':2 'general':8 'guterres':10 'headquarters':14 'held':3 'ignazio':1 'in':15 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NIgnazio Cassis	NAntónio Guterres	CCHEGOV	CIGOUNO
20240109	386	10	gen-0000008	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	4	1	444	551	\N	Radosław Sikorski held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:POL,k0:POLGOV,"n0:Radosław Sikorski",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'general':8 'geneva':16 'guterres':10 'headquarters':14 'held':3 'in':15 'radosław':1 'secretary':7 'sikorski':2 'talks':4 'the':12 'un':6,13 'with':5	NRadosław Sikorski	NAntónio Guterres	CPOLGOV	CIGOUNO
20240109	387	10	gen-0000008	4	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Latvia	Arturs Krišjānis Kariņš	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Luxembourg	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	New York	USA	40.71	-74.01	\N	5	1	552	646	\N	The Foreign Ministers of Latvia and Luxembourg signed a memorandum on cooperation in New York.	{c0:LVA,k0:LVAGOV,"n0:Arturs Krišjānis Kariņš",c1:LUX,k1:LUXGOV,"n1:Xavier Bettel","p0:New YorkUSA"}	'a':9 'and':6 'cooperation':12 'foreign':2 'in':13 'latvia':5 'luxembourg':7 'memorandum':10 'ministers':3 'new':14 'of':4 'on':11 'signed':8 'the':1 'york':15	NArturs Krišjānis Kariņš	NXavier Bettel	CLVAGOV	CLUXGOV
20240109	388	10	gen-0000008	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	6	1	647	747	\N	During the visit, José Albares also met with the Director-General of the World Health Organization.	{c0:ESP,k0:ESPGOV,"n0:José Albares",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'albares':5 'also':6 'director':10 'during':1 'general':11 'health':15 'jose':4 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NJosé Albares	NTedros Adhanom Ghebreyesus	CESPGOV	CIGOUNOHLHWHO
20240110	389	11	gen-0000009	0	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Luxembourg	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Japan	Yoko Kamikawa	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Geneva	CHE	46.2	6.15	\N	0	1	0	91	\N	The Foreign Ministers of Luxembourg and Japan signed a memorandum on cooperation in Geneva.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:JPN,k1:JPNGOV,"n1:Yoko Kamikawa",p0:GenevaCHE}	'a':9 'and':6 'cooperation':12 'foreign':2 'geneva':14 'in':13 'japan':7 'luxembourg':5 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'the':1	NXavier Bettel	NYoko Kamikawa	CLUXGOV	CJPNGOV
20240110	390	11	gen-0000009	1	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	\N	\N	\N	\N	\N	1	1	92	188	\N	Ignazio Cassis thanked Takeshi Iwaya for the support of Japan to the initiatives of Switzerland.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya"}	'cassis':2 'for':6 'ignazio':1 'initiatives':13 'iwaya':5 'japan':10 'of':9,14 'support':8 'switzerland':15 'takeshi':4 'thanked':3 'the':7,12 'to':11	NIgnazio Cassis	NTakeshi Iwaya	CCHEGOV	CJPNGOV
20240110	391	11	gen-0000009	2	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	\N	\N	\N	\N	\N	2	1	189	285	\N	Xavier Bettel thanked Mihai Popșoi for the support of Moldova to the initiatives of Luxembourg.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:MDA,k1:MDAGOV,"n1:Mihai Popșoi"}	'bettel':2 'for':6 'initiatives':13 'luxembourg':15 'mihai':4 'moldova':10 'of':9,14 'popsoi':5 'support':8 'thanked':3 'the':7,12 'to':11 'xavier':1	NXavier Bettel	NMihai Popșoi	CLUXGOV	CMDAGOV
20240110	392	11	gen-0000009	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Luxembourg Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Minister of Foreign Affairs of Moldova Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	New York	USA	40.71	-74.01	\N	3	1	286	428	\N	Minister of Foreign Affairs of Luxembourg Xavier Bettel held talks with with Minister of Foreign Affairs of Moldova Mihai Popșoi in New York.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:MDA,k1:MDAGOV,"n1:Mihai Popșoi","p0:New YorkUSA"}	'affairs':4,16 'bettel':8 'foreign':3,15 'held':9 'in':21 'luxembourg':6 'mihai':19 'minister':1,13 'moldova':18 'new':22 'of':2,5,14,17 'popsoi':20 'talks':10 'with':11,12 'xavier':7 'york':23	NXavier Bettel	NMihai Popșoi	CLUXGOV	CMDAGOV
20240110	393	11	gen-0000009	4	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	\N	\N	\N	\N	\N	4	1	429	525	\N	Andrii Sybiha thanked Murat Nurtleu for the support of Kazakhstan to the initiatives of Ukraine.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",c1:KAZ,k1:KAZGOV,"n1:Murat Nurtleu"}	'andrii':1 'for':6 'initiatives':13 'kazakhstan':10 'murat':4 'nurtleu':5 'of':9,14 'support':8 'sybiha':2 'thanked':3 'the':7,12 'to':11 'ukraine':15	NAndrii Sybiha	NMurat Nurtleu	CUKRGOV	CKAZGOV
20240111	394	12	gen-0000010	0	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Japan	Yoko Kamikawa	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Moldova	Nicu Popescu	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Almaty	KAZ	43.26	76.93	\N	0	1	0	88	\N	The Foreign Ministers of Japan and Moldova signed a memorandum on cooperation in Almaty.	{c0:JPN,k0:JPNGOV,"n0:Yoko Kamikawa",c1:MDA,k1:MDAGOV,"n1:Nicu Popescu",p0:AlmatyKAZ}	'a':9 'almaty':14 'and':6 'cooperation':12 'foreign':2 'in':13 'japan':5 'memorandum':10 'ministers':3 'moldova':7 'of':4 'on':11 'signed':8 'the':1	NYoko Kamikawa	NNicu Popescu	CJPNGOV	CMDAGOV
20240111	395	12	gen-0000010	1	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	\N	\N	\N	\N	\N	1	1	89	183	\N	Takeshi Iwaya thanked Murat Nurtleu for the support of Kazakhstan to the initiatives of Japan.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",c1:KAZ,k1:KAZGOV,"n1:Murat Nurtleu"}	'for':6 'initiatives':13 'iwaya':2 'japan':15 'kazakhstan':10 'murat':4 'nurtleu':5 'of':9,14 'support':8 'takeshi':1 'thanked':3 'the':7,12 'to':11	NTakeshi Iwaya	NMurat Nurtleu	CJPNGOV	CKAZGOV
20240111	396	12	gen-0000010	2	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	2	1	184	289	\N	Ignazio Cassis held talks with UN Secretary-General António Guterres at the UN headquarters in New York.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'cassis':2 'general':8 'guterres':10 'headquarters':14 'held':3 'ignazio':1 'in':15 'new':16 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5 'york':17	NIgnazio Cassis	NAntónio Guterres	CCHEGOV	CIGOUNO
20240111	397	12	gen-0000010	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	3	1	290	402	\N	During the visit, Andrii Sybiha also held talks with with the Director-General of the World Health Organization.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'andrii':4 'director':12 'during':1 'general':13 'health':17 'held':7 'of':14 'organization':18 'sybiha':5 'talks':8 'the':2,11,15 'visit':3 'with':9,10 'world':16	NAndrii Sybiha	NTedros Adhanom Ghebreyesus	CUKRGOV	CIGOUNOHLHWHO
20240111	398	12	gen-0000010	4	AGREE	030	1	4	40	agree	day	builtin	f	\N	Kazakhstan	\N	\N	KAZ	\N	KAZ	\N	Spain	\N	\N	ESP	\N	ESP	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	4	1	403	484	\N	Kazakhstan and Spain agreed to expand cooperation in trade, energy and transport.	{c0:KAZ,k0:KAZ,m0:Kazakhstan,c1:ESP,k1:ESP,m1:Spain,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'kazakhstan':1 'spain':3 'to':5 'trade':9 'transport':12	CKAZ	CESP	CKAZ	CESP
20240111	399	12	gen-0000010	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Minister of Foreign Affairs of Moldova Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Almaty	KAZ	43.26	76.93	\N	5	1	485	628	\N	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani met with Minister of Foreign Affairs of Moldova Mihai Popșoi in Almaty.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",c1:MDA,k1:MDAGOV,"n1:Mihai Popșoi",p0:AlmatyKAZ}	'abdullatif':7 'affairs':4,17 'al':10 'almaty':23 'bahrain':6 'bin':8 'foreign':3,16 'in':22 'met':12 'mihai':20 'minister':1,14 'moldova':19 'of':2,5,15,18 'popsoi':21 'rashid':9 'with':13 'zayani':11	NAbdullatif bin Rashid Al Zayani	NMihai Popșoi	CBHRGOV	CMDAGOV
20240111	400	12	gen-0000010	6	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	6	1	629	734	\N	During the visit, Radosław Sikorski also met with the Director-General of the World Health Organization.	{c0:POL,k0:POLGOV,"n0:Radosław Sikorski",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'met':7 'of':12 'organization':16 'radosław':4 'sikorski':5 'the':2,9,13 'visit':3 'with':8 'world':14	NRadosław Sikorski	NTedros Adhanom Ghebreyesus	CPOLGOV	CIGOUNOHLHWHO
20240111	401	12	gen-0000010	7	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	\N	\N	\N	\N	\N	7	1	735	826	\N	Andrii Sybiha thanked Baiba Braže for the support of Latvia to the initiatives of Ukraine.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",c1:LVA,k1:LVAGOV,"n1:Baiba Braže"}	'andrii':1 'baiba':4 'braze':5 'for':6 'initiatives':13 'latvia':10 'of':9,14 'support':8 'sybiha':2 'thanked':3 'the':7,12 'to':11 'ukraine':15	NAndrii Sybiha	NBaiba Braže	CUKRGOV	CLVAGOV
20240112	402	13	gen-0000011	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	["peace and security"]	0	1	0	120	[[1,121,203],[2,204,286]]	Abdullatif bin Rashid Al Zayani held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA","t0:peace and security"}	'abdullatif':1 'al':4 'antonio':12 'at':14 'bin':2 'general':11 'geneva':19 'guterres':13 'headquarters':17 'held':6 'in':18 'rashid':3 'secretary':10 'talks':7 'the':15 'un':9,16 'with':8 'zayani':5	NAbdullatif bin Rashid Al Zayani	NAntónio Guterres	CBHRGOV	CIGOUNO
20240112	403	13	gen-0000011	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Minister of Foreign Affairs of Poland Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Brussels	BEL	50.85	4.35	\N	3	1	287	435	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis held talks with with Minister of Foreign Affairs of Poland Radosław Sikorski in Brussels.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:POL,k1:POLGOV,"n1:Radosław Sikorski",p0:BrusselsBEL}	'affairs':4,16 'brussels':22 'cassis':8 'foreign':3,15 'held':9 'ignazio':7 'in':21 'minister':1,13 'of':2,5,14,17 'poland':18 'radosław':19 'sikorski':20 'switzerland':6 'talks':10 'with':11,12	NIgnazio Cassis	NRadosław Sikorski	CCHEGOV	CPOLGOV
20240112	404	13	gen-0000011	2	AGREE	030	1	4	40	agree	day	builtin	f	\N	Switzerland	\N	\N	CHE	\N	CHE	\N	Latvia	\N	\N	LVA	\N	LVA	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	4	1	436	519	\N	Switzerland and Latvia agreed to expand cooperation in trade, energy and transport.	{c0:CHE,k0:CHE,m0:Switzerland,c1:LVA,k1:LVA,m1:Latvia,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'latvia':3 'switzerland':1 'to':5 'trade':9 'transport':12	CCHE	CLVA	CCHE	CLVA
20240112	405	13	gen-0000011	3	AGREE	030	1	4	40	agree	day	builtin	f	\N	Poland	\N	\N	POL	\N	POL	\N	Kazakhstan	\N	\N	KAZ	\N	KAZ	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	5	1	520	602	\N	Poland and Kazakhstan agreed to expand cooperation in trade, energy and transport.	{c0:POL,k0:POL,m0:Poland,c1:KAZ,k1:KAZ,m1:Kazakhstan,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'kazakhstan':3 'poland':1 'to':5 'trade':9 'transport':12	CPOL	CKAZ	CPOL	CKAZ
20240112	406	13	gen-0000011	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	6	1	603	703	\N	During the visit, Takeshi Iwaya also met with the Director-General of the World Health Organization.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'iwaya':5 'met':7 'of':12 'organization':16 'takeshi':4 'the':2,9,13 'visit':3 'with':8 'world':14	NTakeshi Iwaya	NTedros Adhanom Ghebreyesus	CJPNGOV	CIGOUNOHLHWHO
20240112	407	13	gen-0000011	5	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	\N	\N	\N	\N	\N	7	1	704	800	\N	Xavier Bettel thanked Mihai Popșoi for the support of Moldova to the initiatives of Luxembourg.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:MDA,k1:MDAGOV,"n1:Mihai Popșoi"}	'bettel':2 'for':6 'initiatives':13 'luxembourg':15 'mihai':4 'moldova':10 'of':9,14 'popsoi':5 'support':8 'thanked':3 'the':7,12 'to':11 'xavier':1	NXavier Bettel	NMihai Popșoi	CLUXGOV	CMDAGOV
20240112	408	13	gen-0000011	6	CONSULT	040	1	1	10	meet	day	builtin	f	\N	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	8	1	801	903	\N	José Albares held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:ESP,k0:ESPGOV,"n0:José Albares",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'albares':2 'antonio':9 'at':11 'general':8 'geneva':16 'guterres':10 'headquarters':14 'held':3 'in':15 'jose':1 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NJosé Albares	NAntónio Guterres	CESPGOV	CIGOUNO
20240112	409	13	gen-0000011	7	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Switzerland	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Spain	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Vienna	AUT	48.21	16.37	\N	9	1	904	996	\N	The Foreign Ministers of Switzerland and Spain signed a memorandum on cooperation in Vienna.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:ESP,k1:ESPGOV,"n1:José Albares",p0:ViennaAUT}	'a':9 'and':6 'cooperation':12 'foreign':2 'in':13 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'spain':7 'switzerland':5 'the':1 'vienna':14	NIgnazio Cassis	NJosé Albares	CCHEGOV	CESPGOV
20240112	410	13	gen-0000011	8	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	\N	\N	\N	\N	\N	10	1	997	1090	\N	Mihai Popșoi thanked Andrii Sybiha for the support of Ukraine to the initiatives of Moldova.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:UKR,k1:UKRGOV,"n1:Andrii Sybiha"}	'andrii':4 'for':6 'initiatives':13 'mihai':1 'moldova':15 'of':9,14 'popsoi':2 'support':8 'sybiha':5 'thanked':3 'the':7,12 'to':11 'ukraine':10	NMihai Popșoi	NAndrii Sybiha	CMDAGOV	CUKRGOV
\.


--
-- Data for Name: events_202402; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.events_202402 (day, rid, doc, doc_id, seq, type, cameo, quad, goldstein, g10, mode, prec, coder, negated, date_raw, src_text, src_name, src_role, src_country, src_org, src_code, src_sector, tgt_text, tgt_name, tgt_role, tgt_country, tgt_org, tgt_code, tgt_sector, place_name, place_country, place_lat, place_lon, topics, sentence, n, span_start, span_end, extra, evidence, keys, tsv, ak_s, ak_t, cp_s, cp_t) FROM stdin;
20240201	213	30	gen-0000028	0	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	\N	\N	\N	\N	\N	0	1	0	95	\N	Radosław Sikorski thanked Baiba Braže for the support of Latvia to the initiatives of Poland.	{c0:POL,k0:POLGOV,"n0:Radosław Sikorski",c1:LVA,k1:LVAGOV,"n1:Baiba Braže"}	'baiba':4 'braze':5 'for':6 'initiatives':13 'latvia':10 'of':9,14 'poland':15 'radosław':1 'sikorski':2 'support':8 'thanked':3 'the':7,12 'to':11	NRadosław Sikorski	NBaiba Braže	CPOLGOV	CLVAGOV
20240201	214	30	gen-0000028	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	1	1	96	199	\N	Baiba Braže held talks with UN Secretary-General António Guterres at the UN headquarters in Brussels.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'baiba':1 'braze':2 'brussels':16 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NBaiba Braže	NAntónio Guterres	CLVAGOV	CIGOUNO
20240201	215	30	gen-0000028	2	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Switzerland	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Bahrain	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Astana	KAZ	51.18	71.45	\N	2	1	200	294	\N	The Foreign Ministers of Switzerland and Bahrain signed a memorandum on cooperation in Astana.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:BHR,k1:BHRGOV,"n1:Abdullatif bin Rashid Al Zayani",p0:AstanaKAZ}	'a':9 'and':6 'astana':14 'bahrain':7 'cooperation':12 'foreign':2 'in':13 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'switzerland':5 'the':1	NIgnazio Cassis	NAbdullatif bin Rashid Al Zayani	CCHEGOV	CBHRGOV
20240201	216	30	gen-0000028	3	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Kazakhstan	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Luxembourg	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Almaty	KAZ	43.26	76.93	\N	3	1	295	391	\N	The Foreign Ministers of Kazakhstan and Luxembourg signed a memorandum on cooperation in Almaty.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:LUX,k1:LUXGOV,"n1:Xavier Bettel",p0:AlmatyKAZ}	'a':9 'almaty':14 'and':6 'cooperation':12 'foreign':2 'in':13 'kazakhstan':5 'luxembourg':7 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'the':1	NMurat Nurtleu	NXavier Bettel	CKAZGOV	CLUXGOV
20240201	217	30	gen-0000028	4	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	\N	\N	\N	\N	\N	4	1	392	483	\N	José Albares thanked Andrii Sybiha for the support of Ukraine to the initiatives of Spain.	{c0:ESP,k0:ESPGOV,"n0:José Albares",c1:UKR,k1:UKRGOV,"n1:Andrii Sybiha"}	'albares':2 'andrii':4 'for':6 'initiatives':13 'jose':1 'of':9,14 'spain':15 'support':8 'sybiha':5 'thanked':3 'the':7,12 'to':11 'ukraine':10	NJosé Albares	NAndrii Sybiha	CESPGOV	CUKRGOV
20240201	218	30	gen-0000028	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	5	1	484	583	\N	During the visit, Baiba Braže also met with the Director-General of the World Health Organization.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'baiba':4 'braze':5 'director':10 'during':1 'general':11 'health':15 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NBaiba Braže	NTedros Adhanom Ghebreyesus	CLVAGOV	CIGOUNOHLHWHO
20240202	219	31	gen-0000029	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	0	1	0	100	\N	During the visit, Takeshi Iwaya also met with the Director-General of the World Health Organization.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'iwaya':5 'met':7 'of':12 'organization':16 'takeshi':4 'the':2,9,13 'visit':3 'with':8 'world':14	NTakeshi Iwaya	NTedros Adhanom Ghebreyesus	CJPNGOV	CIGOUNOHLHWHO
20240202	220	31	gen-0000029	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	["peace and security"]	1	1	101	203	[[2,204,286],[3,287,369]]	Mihai Popșoi held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA","t0:peace and security"}	'antonio':9 'at':11 'general':8 'geneva':16 'guterres':10 'headquarters':14 'held':3 'in':15 'mihai':1 'popsoi':2 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NMihai Popșoi	NAntónio Guterres	CMDAGOV	CIGOUNO
20240203	221	32	gen-0000030	0	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Luxembourg	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Latvia	Arturs Krišjānis Kariņš	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Brussels	BEL	50.85	4.35	\N	0	1	0	94	\N	The Foreign Ministers of Luxembourg and Latvia signed a memorandum on cooperation in Brussels.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:LVA,k1:LVAGOV,"n1:Arturs Krišjānis Kariņš",p0:BrusselsBEL}	'a':9 'and':6 'brussels':14 'cooperation':12 'foreign':2 'in':13 'latvia':7 'luxembourg':5 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'the':1	NXavier Bettel	NArturs Krišjānis Kariņš	CLUXGOV	CLVAGOV
20240203	222	32	gen-0000030	1	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	\N	\N	\N	\N	\N	1	1	95	186	\N	Baiba Braže thanked Andrii Sybiha for the support of Ukraine to the initiatives of Latvia.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",c1:UKR,k1:UKRGOV,"n1:Andrii Sybiha"}	'andrii':4 'baiba':1 'braze':2 'for':6 'initiatives':13 'latvia':15 'of':9,14 'support':8 'sybiha':5 'thanked':3 'the':7,12 'to':11 'ukraine':10	NBaiba Braže	NAndrii Sybiha	CLVAGOV	CUKRGOV
20240203	223	32	gen-0000030	2	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	2	1	187	305	\N	During the visit, Abdullatif bin Rashid Al Zayani also met with the Director-General of the World Health Organization.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'abdullatif':4 'al':7 'also':9 'bin':5 'director':13 'during':1 'general':14 'health':18 'met':10 'of':15 'organization':19 'rashid':6 'the':2,12,16 'visit':3 'with':11 'world':17 'zayani':8	NAbdullatif bin Rashid Al Zayani	NTedros Adhanom Ghebreyesus	CBHRGOV	CIGOUNOHLHWHO
20240203	224	32	gen-0000030	3	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Luxembourg	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Switzerland	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Almaty	KAZ	43.26	76.93	\N	3	1	306	403	\N	The Foreign Ministers of Luxembourg and Switzerland signed a memorandum on cooperation in Almaty.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:CHE,k1:CHEGOV,"n1:Ignazio Cassis",p0:AlmatyKAZ}	'a':9 'almaty':14 'and':6 'cooperation':12 'foreign':2 'in':13 'luxembourg':5 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'switzerland':7 'the':1	NXavier Bettel	NIgnazio Cassis	CLUXGOV	CCHEGOV
20240203	225	32	gen-0000030	4	AGREE	030	1	4	40	agree	day	builtin	f	\N	Bahrain	\N	\N	BHR	\N	BHR	\N	Spain	\N	\N	ESP	\N	ESP	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	4	1	404	482	\N	Bahrain and Spain agreed to expand cooperation in trade, energy and transport.	{c0:BHR,k0:BHR,m0:Bahrain,c1:ESP,k1:ESP,m1:Spain,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'bahrain':1 'cooperation':7 'energy':10 'expand':6 'in':8 'spain':3 'to':5 'trade':9 'transport':12	CBHR	CESP	CBHR	CESP
20240203	226	32	gen-0000030	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	5	1	483	586	\N	Ignazio Cassis held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'cassis':2 'general':8 'geneva':16 'guterres':10 'headquarters':14 'held':3 'ignazio':1 'in':15 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NIgnazio Cassis	NAntónio Guterres	CCHEGOV	CIGOUNO
20240203	227	32	gen-0000030	6	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	6	1	587	688	\N	During the visit, Ignazio Cassis also met with the Director-General of the World Health Organization.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'cassis':5 'director':10 'during':1 'general':11 'health':15 'ignazio':4 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NIgnazio Cassis	NTedros Adhanom Ghebreyesus	CCHEGOV	CIGOUNOHLHWHO
20240204	228	33	gen-0000031	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Kazakhstan Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Minister of Foreign Affairs of Poland Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Brussels	BEL	50.85	4.35	\N	0	1	0	134	\N	Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with Minister of Foreign Affairs of Poland Radosław Sikorski in Brussels.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:POL,k1:POLGOV,"n1:Radosław Sikorski",p0:BrusselsBEL}	'affairs':4,14 'brussels':20 'foreign':3,13 'in':19 'kazakhstan':6 'met':9 'minister':1,11 'murat':7 'nurtleu':8 'of':2,5,12,15 'poland':16 'radosław':17 'sikorski':18 'with':10	NMurat Nurtleu	NRadosław Sikorski	CKAZGOV	CPOLGOV
20240204	229	33	gen-0000031	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	\N	\N	\N	\N	["health"]	1	1	135	235	\N	During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'met':7 'mihai':4 'of':12 'organization':16 'popsoi':5 'the':2,9,13 'visit':3 'with':8 'world':14	NMihai Popșoi	NTedros Adhanom Ghebreyesus	CMDAGOV	CIGOUNOHLHWHO
20240204	230	33	gen-0000031	2	AGREE	030	1	4	40	agree	day	builtin	f	\N	Switzerland	\N	\N	CHE	\N	CHE	\N	Latvia	\N	\N	LVA	\N	LVA	\N	\N	\N	\N	\N	["trade","energy","transport"]	2	1	236	319	\N	Switzerland and Latvia agreed to expand cooperation in trade, energy and transport.	{c0:CHE,k0:CHE,m0:Switzerland,c1:LVA,k1:LVA,m1:Latvia,t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'latvia':3 'switzerland':1 'to':5 'trade':9 'transport':12	CCHE	CLVA	CCHE	CLVA
20240204	231	33	gen-0000031	3	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Moldova	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Latvia	Arturs Krišjānis Kariņš	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Vienna	AUT	48.21	16.37	\N	3	1	320	409	\N	The Foreign Ministers of Moldova and Latvia signed a memorandum on cooperation in Vienna.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:LVA,k1:LVAGOV,"n1:Arturs Krišjānis Kariņš",p0:ViennaAUT}	'a':9 'and':6 'cooperation':12 'foreign':2 'in':13 'latvia':7 'memorandum':10 'ministers':3 'moldova':5 'of':4 'on':11 'signed':8 'the':1 'vienna':14	NMihai Popșoi	NArturs Krišjānis Kariņš	CMDAGOV	CLVAGOV
20240204	232	33	gen-0000031	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Moldova	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Latvia	Arturs Krišjānis Kariņš	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Vienna	AUT	48.21	16.37	["peace and security"]	4	1	410	492	[[5,493,575]]	The parties discussed regional security and the agenda of the UN General Assembly.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:LVA,k1:LVAGOV,"n1:Arturs Krišjānis Kariņš",p0:ViennaAUT,"t0:peace and security"}	'agenda':8 'and':6 'assembly':13 'discussed':3 'general':12 'of':9 'parties':2 'regional':4 'security':5 'the':1,7,10 'un':11	NMihai Popșoi	NArturs Krišjānis Kariņš	CMDAGOV	CLVAGOV
20240204	233	33	gen-0000031	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	\N	\N	\N	\N	["health"]	6	1	576	676	\N	During the visit, Murat Nurtleu also met with the Director-General of the World Health Organization.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'met':7 'murat':4 'nurtleu':5 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NMurat Nurtleu	NTedros Adhanom Ghebreyesus	CKAZGOV	CIGOUNOHLHWHO
20240204	234	33	gen-0000031	6	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Latvia	Arturs Krišjānis Kariņš	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Spain	José Manuel Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Astana	KAZ	51.18	71.45	\N	7	1	677	764	\N	The Foreign Ministers of Latvia and Spain signed a memorandum on cooperation in Astana.	{c0:LVA,k0:LVAGOV,"n0:Arturs Krišjānis Kariņš",c1:ESP,k1:ESPGOV,"n1:José Manuel Albares",p0:AstanaKAZ}	'a':9 'and':6 'astana':14 'cooperation':12 'foreign':2 'in':13 'latvia':5 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'spain':7 'the':1	NArturs Krišjānis Kariņš	NJosé Manuel Albares	CLVAGOV	CESPGOV
20240205	235	34	gen-0000032	0	AGREE	030	1	4	40	agree	day	builtin	f	\N	Bahrain	\N	\N	BHR	\N	BHR	\N	Spain	\N	\N	ESP	\N	ESP	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	0	1	0	78	\N	Bahrain and Spain agreed to expand cooperation in trade, energy and transport.	{c0:BHR,k0:BHR,m0:Bahrain,c1:ESP,k1:ESP,m1:Spain,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'bahrain':1 'cooperation':7 'energy':10 'expand':6 'in':8 'spain':3 'to':5 'trade':9 'transport':12	CBHR	CESP	CBHR	CESP
20240205	236	34	gen-0000032	1	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	\N	\N	\N	\N	\N	1	1	79	173	[[10,918,1012]]	Xavier Bettel thanked José Albares for the support of Spain to the initiatives of Luxembourg.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:ESP,k1:ESPGOV,"n1:José Albares"}	'albares':5 'bettel':2 'for':6 'initiatives':13 'jose':4 'luxembourg':15 'of':9,14 'spain':10 'support':8 'thanked':3 'the':7,12 'to':11 'xavier':1	NXavier Bettel	NJosé Albares	CLUXGOV	CESPGOV
20240205	237	34	gen-0000032	2	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Bahrain	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Japan	Yoko Kamikawa	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	New York	USA	40.71	-74.01	\N	2	1	174	264	\N	The Foreign Ministers of Bahrain and Japan signed a memorandum on cooperation in New York.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",c1:JPN,k1:JPNGOV,"n1:Yoko Kamikawa","p0:New YorkUSA"}	'a':9 'and':6 'bahrain':5 'cooperation':12 'foreign':2 'in':13 'japan':7 'memorandum':10 'ministers':3 'new':14 'of':4 'on':11 'signed':8 'the':1 'york':15	NAbdullatif bin Rashid Al Zayani	NYoko Kamikawa	CBHRGOV	CJPNGOV
20240205	238	34	gen-0000032	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	3	1	265	372	\N	Radosław Sikorski held talks with UN Secretary-General António Guterres at the UN headquarters in Almaty.	{c0:POL,k0:POLGOV,"n0:Radosław Sikorski",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'almaty':16 'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'radosław':1 'secretary':7 'sikorski':2 'talks':4 'the':12 'un':6,13 'with':5	NRadosław Sikorski	NAntónio Guterres	CPOLGOV	CIGOUNO
20240205	239	34	gen-0000032	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	["peace and security"]	4	1	373	477	[[5,478,560]]	José Albares held talks with UN Secretary-General António Guterres at the UN headquarters in New York.	{c0:ESP,k0:ESPGOV,"n0:José Albares",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA","t0:peace and security"}	'albares':2 'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'jose':1 'new':16 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5 'york':17	NJosé Albares	NAntónio Guterres	CESPGOV	CIGOUNO
20240205	240	34	gen-0000032	5	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Latvia	Arturs Krišjānis Kariņš	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Ukraine	Dmytro Kuleba	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Astana	KAZ	51.18	71.45	\N	6	1	561	650	\N	The Foreign Ministers of Latvia and Ukraine signed a memorandum on cooperation in Astana.	{c0:LVA,k0:LVAGOV,"n0:Arturs Krišjānis Kariņš",c1:UKR,k1:UKRGOV,"n1:Dmytro Kuleba",p0:AstanaKAZ}	'a':9 'and':6 'astana':14 'cooperation':12 'foreign':2 'in':13 'latvia':5 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'the':1 'ukraine':7	NArturs Krišjānis Kariņš	NDmytro Kuleba	CLVAGOV	CUKRGOV
20240205	241	34	gen-0000032	6	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Latvia	Arturs Krišjānis Kariņš	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Ukraine	Dmytro Kuleba	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Astana	KAZ	51.18	71.45	["peace and security"]	7	1	651	733	\N	The parties discussed regional security and the agenda of the UN General Assembly.	{c0:LVA,k0:LVAGOV,"n0:Arturs Krišjānis Kariņš",c1:UKR,k1:UKRGOV,"n1:Dmytro Kuleba",p0:AstanaKAZ,"t0:peace and security"}	'agenda':8 'and':6 'assembly':13 'discussed':3 'general':12 'of':9 'parties':2 'regional':4 'security':5 'the':1,7,10 'un':11	NArturs Krišjānis Kariņš	NDmytro Kuleba	CLVAGOV	CUKRGOV
20240205	242	34	gen-0000032	7	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Luxembourg	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Spain	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	New York	USA	40.71	-74.01	\N	8	1	734	827	\N	The Foreign Ministers of Luxembourg and Spain signed a memorandum on cooperation in New York.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:ESP,k1:ESPGOV,"n1:José Albares","p0:New YorkUSA"}	'a':9 'and':6 'cooperation':12 'foreign':2 'in':13 'luxembourg':5 'memorandum':10 'ministers':3 'new':14 'of':4 'on':11 'signed':8 'spain':7 'the':1 'york':15	NXavier Bettel	NJosé Albares	CLUXGOV	CESPGOV
20240205	243	34	gen-0000032	8	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	\N	\N	\N	\N	\N	9	1	828	917	\N	Baiba Braže thanked José Albares for the support of Spain to the initiatives of Latvia.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",c1:ESP,k1:ESPGOV,"n1:José Albares"}	'albares':5 'baiba':1 'braze':2 'for':6 'initiatives':13 'jose':4 'latvia':15 'of':9,14 'spain':10 'support':8 'thanked':3 'the':7,12 'to':11	NBaiba Braže	NJosé Albares	CLVAGOV	CESPGOV
20240205	244	34	gen-0000032	9	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	\N	\N	\N	\N	\N	11	1	1013	1114	\N	Murat Nurtleu thanked Ignazio Cassis for the support of Switzerland to the initiatives of Kazakhstan.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:CHE,k1:CHEGOV,"n1:Ignazio Cassis"}	'cassis':5 'for':6 'ignazio':4 'initiatives':13 'kazakhstan':15 'murat':1 'nurtleu':2 'of':9,14 'support':8 'switzerland':10 'thanked':3 'the':7,12 'to':11	NMurat Nurtleu	NIgnazio Cassis	CKAZGOV	CCHEGOV
20240205	245	34	gen-0000032	10	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Luxembourg	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Poland	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Vienna	AUT	48.21	16.37	\N	12	1	1115	1207	\N	The Foreign Ministers of Luxembourg and Poland signed a memorandum on cooperation in Vienna.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:POL,k1:POLGOV,"n1:Radosław Sikorski",p0:ViennaAUT}	'a':9 'and':6 'cooperation':12 'foreign':2 'in':13 'luxembourg':5 'memorandum':10 'ministers':3 'of':4 'on':11 'poland':7 'signed':8 'the':1 'vienna':14	NXavier Bettel	NRadosław Sikorski	CLUXGOV	CPOLGOV
20240206	246	35	gen-0000033	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	0	1	0	100	\N	During the visit, Xavier Bettel also met with the Director-General of the World Health Organization.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'bettel':5 'director':10 'during':1 'general':11 'health':15 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14 'xavier':4	NXavier Bettel	NTedros Adhanom Ghebreyesus	CLUXGOV	CIGOUNOHLHWHO
20240206	247	35	gen-0000033	1	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Poland	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Latvia	Arturs Krišjānis Kariņš	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Almaty	KAZ	43.26	76.93	\N	1	1	101	189	\N	The Foreign Ministers of Poland and Latvia signed a memorandum on cooperation in Almaty.	{c0:POL,k0:POLGOV,"n0:Radosław Sikorski",c1:LVA,k1:LVAGOV,"n1:Arturs Krišjānis Kariņš",p0:AlmatyKAZ}	'a':9 'almaty':14 'and':6 'cooperation':12 'foreign':2 'in':13 'latvia':7 'memorandum':10 'ministers':3 'of':4 'on':11 'poland':5 'signed':8 'the':1	NRadosław Sikorski	NArturs Krišjānis Kariņš	CPOLGOV	CLVAGOV
20240206	248	35	gen-0000033	2	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	\N	\N	\N	\N	\N	2	1	190	306	\N	Ignazio Cassis thanked Abdullatif bin Rashid Al Zayani for the support of Bahrain to the initiatives of Switzerland.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:BHR,k1:BHRGOV,"n1:Abdullatif bin Rashid Al Zayani"}	'abdullatif':4 'al':7 'bahrain':13 'bin':5 'cassis':2 'for':9 'ignazio':1 'initiatives':16 'of':12,17 'rashid':6 'support':11 'switzerland':18 'thanked':3 'the':10,15 'to':14 'zayani':8	NIgnazio Cassis	NAbdullatif bin Rashid Al Zayani	CCHEGOV	CBHRGOV
20240206	249	35	gen-0000033	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Poland	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Latvia	Arturs Krišjānis Kariņš	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	New York	USA	40.71	-74.01	["peace and security"]	3	1	307	389	\N	The parties discussed regional security and the agenda of the UN General Assembly.	{c0:POL,k0:POLGOV,"n0:Radosław Sikorski",c1:LVA,k1:LVAGOV,"n1:Arturs Krišjānis Kariņš","p0:New YorkUSA","t0:peace and security"}	'agenda':8 'and':6 'assembly':13 'discussed':3 'general':12 'of':9 'parties':2 'regional':4 'security':5 'the':1,7,10 'un':11	NRadosław Sikorski	NArturs Krišjānis Kariņš	CPOLGOV	CLVAGOV
20240206	250	35	gen-0000033	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	José Albares	José Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	4	1	390	492	\N	José Albares held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:ESP,k0:ESPGOV,"n0:José Albares",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'albares':2 'antonio':9 'at':11 'general':8 'geneva':16 'guterres':10 'headquarters':14 'held':3 'in':15 'jose':1 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NJosé Albares	NAntónio Guterres	CESPGOV	CIGOUNO
20240207	251	36	gen-0000034	0	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Spain	José Manuel Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Moldova	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Astana	KAZ	51.18	71.45	\N	0	1	0	88	\N	The Foreign Ministers of Spain and Moldova signed a memorandum on cooperation in Astana.	{c0:ESP,k0:ESPGOV,"n0:José Manuel Albares",c1:MDA,k1:MDAGOV,"n1:Mihai Popșoi",p0:AstanaKAZ}	'a':9 'and':6 'astana':14 'cooperation':12 'foreign':2 'in':13 'memorandum':10 'ministers':3 'moldova':7 'of':4 'on':11 'signed':8 'spain':5 'the':1	NJosé Manuel Albares	NMihai Popșoi	CESPGOV	CMDAGOV
20240207	252	36	gen-0000034	1	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	\N	\N	\N	\N	\N	1	1	89	183	\N	Takeshi Iwaya thanked Xavier Bettel for the support of Luxembourg to the initiatives of Japan.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",c1:LUX,k1:LUXGOV,"n1:Xavier Bettel"}	'bettel':5 'for':6 'initiatives':13 'iwaya':2 'japan':15 'luxembourg':10 'of':9,14 'support':8 'takeshi':1 'thanked':3 'the':7,12 'to':11 'xavier':4	NTakeshi Iwaya	NXavier Bettel	CJPNGOV	CLUXGOV
20240207	253	36	gen-0000034	2	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	2	1	184	284	\N	During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'met':7 'mihai':4 'of':12 'organization':16 'popsoi':5 'the':2,9,13 'visit':3 'with':8 'world':14	NMihai Popșoi	NTedros Adhanom Ghebreyesus	CMDAGOV	CIGOUNOHLHWHO
20240207	254	36	gen-0000034	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	José Albares	José Manuel Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	3	1	285	387	[[7,665,769]]	José Albares held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna.	{c0:ESP,k0:ESPGOV,"n0:José Manuel Albares",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'albares':2 'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'jose':1 'secretary':7 'talks':4 'the':12 'un':6,13 'vienna':16 'with':5	NJosé Manuel Albares	NAntónio Guterres	CESPGOV	CIGOUNO
20240207	255	36	gen-0000034	4	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	José Albares	José Manuel Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	New York	USA	40.71	-74.01	\N	4	1	388	477	\N	José Albares thanked Baiba Braže for the support of Latvia to the initiatives of Spain.	{c0:ESP,k0:ESPGOV,"n0:José Manuel Albares",c1:LVA,k1:LVAGOV,"n1:Baiba Braže","p0:New YorkUSA"}	'albares':2 'baiba':4 'braze':5 'for':6 'initiatives':13 'jose':1 'latvia':10 'of':9,14 'spain':15 'support':8 'thanked':3 'the':7,12 'to':11	NJosé Manuel Albares	NBaiba Braže	CESPGOV	CLVAGOV
20240207	256	36	gen-0000034	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	["peace and security"]	5	1	478	581	[[6,582,664]]	Baiba Braže held talks with UN Secretary-General António Guterres at the UN headquarters in Brussels.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA","t0:peace and security"}	'antonio':9 'at':11 'baiba':1 'braze':2 'brussels':16 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NBaiba Braže	NAntónio Guterres	CLVAGOV	CIGOUNO
20240207	257	36	gen-0000034	6	AGREE	030	1	4	40	agree	day	builtin	f	\N	Latvia	\N	\N	LVA	\N	LVA	\N	Spain	\N	\N	ESP	\N	ESP	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	8	1	770	847	\N	Latvia and Spain agreed to expand cooperation in trade, energy and transport.	{c0:LVA,k0:LVA,m0:Latvia,c1:ESP,k1:ESP,m1:Spain,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'latvia':1 'spain':3 'to':5 'trade':9 'transport':12	CLVA	CESP	CLVA	CESP
20240207	258	36	gen-0000034	7	CONSULT	040	1	1	10	meet	day	builtin	f	\N	José Albares	José Manuel Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	9	1	848	948	\N	During the visit, José Albares also met with the Director-General of the World Health Organization.	{c0:ESP,k0:ESPGOV,"n0:José Manuel Albares",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'albares':5 'also':6 'director':10 'during':1 'general':11 'health':15 'jose':4 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NJosé Manuel Albares	NTedros Adhanom Ghebreyesus	CESPGOV	CIGOUNOHLHWHO
20240208	259	37	gen-0000035	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	0	1	0	99	\N	During the visit, Baiba Braže also met with the Director-General of the World Health Organization.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'baiba':4 'braze':5 'director':10 'during':1 'general':11 'health':15 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NBaiba Braže	NTedros Adhanom Ghebreyesus	CLVAGOV	CIGOUNOHLHWHO
20240208	260	37	gen-0000035	1	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Switzerland	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Luxembourg	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Brussels	BEL	50.85	4.35	\N	1	1	100	199	\N	The Foreign Ministers of Switzerland and Luxembourg signed a memorandum on cooperation in Brussels.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:LUX,k1:LUXGOV,"n1:Xavier Bettel",p0:BrusselsBEL}	'a':9 'and':6 'brussels':14 'cooperation':12 'foreign':2 'in':13 'luxembourg':7 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'switzerland':5 'the':1	NIgnazio Cassis	NXavier Bettel	CCHEGOV	CLUXGOV
20240208	261	37	gen-0000035	2	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	\N	\N	\N	\N	\N	2	1	200	294	\N	Takeshi Iwaya thanked Murat Nurtleu for the support of Kazakhstan to the initiatives of Japan.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",c1:KAZ,k1:KAZGOV,"n1:Murat Nurtleu"}	'for':6 'initiatives':13 'iwaya':2 'japan':15 'kazakhstan':10 'murat':4 'nurtleu':5 'of':9,14 'support':8 'takeshi':1 'thanked':3 'the':7,12 'to':11	NTakeshi Iwaya	NMurat Nurtleu	CJPNGOV	CKAZGOV
20240208	262	37	gen-0000035	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	3	1	295	395	\N	During the visit, Takeshi Iwaya also met with the Director-General of the World Health Organization.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'iwaya':5 'met':7 'of':12 'organization':16 'takeshi':4 'the':2,9,13 'visit':3 'with':8 'world':14	NTakeshi Iwaya	NTedros Adhanom Ghebreyesus	CJPNGOV	CIGOUNOHLHWHO
20240208	263	37	gen-0000035	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Japan Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Astana	KAZ	51.18	71.45	\N	4	1	396	537	\N	Minister of Foreign Affairs of Japan Takeshi Iwaya met with Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani in Astana.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",c1:BHR,k1:BHRGOV,"n1:Abdullatif bin Rashid Al Zayani",p0:AstanaKAZ}	'abdullatif':17 'affairs':4,14 'al':20 'astana':23 'bahrain':16 'bin':18 'foreign':3,13 'in':22 'iwaya':8 'japan':6 'met':9 'minister':1,11 'of':2,5,12,15 'rashid':19 'takeshi':7 'with':10 'zayani':21	NTakeshi Iwaya	NAbdullatif bin Rashid Al Zayani	CJPNGOV	CBHRGOV
20240208	264	37	gen-0000035	5	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Moldova	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Poland	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Astana	KAZ	51.18	71.45	\N	5	1	538	627	\N	The Foreign Ministers of Moldova and Poland signed a memorandum on cooperation in Astana.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:POL,k1:POLGOV,"n1:Radosław Sikorski",p0:AstanaKAZ}	'a':9 'and':6 'astana':14 'cooperation':12 'foreign':2 'in':13 'memorandum':10 'ministers':3 'moldova':5 'of':4 'on':11 'poland':7 'signed':8 'the':1	NMihai Popșoi	NRadosław Sikorski	CMDAGOV	CPOLGOV
20240208	265	37	gen-0000035	6	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Moldova	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Poland	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Astana	KAZ	51.18	71.45	["peace and security"]	6	1	628	710	\N	The parties discussed regional security and the agenda of the UN General Assembly.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:POL,k1:POLGOV,"n1:Radosław Sikorski",p0:AstanaKAZ,"t0:peace and security"}	'agenda':8 'and':6 'assembly':13 'discussed':3 'general':12 'of':9 'parties':2 'regional':4 'security':5 'the':1,7,10 'un':11	NMihai Popșoi	NRadosław Sikorski	CMDAGOV	CPOLGOV
20240208	266	37	gen-0000035	7	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Poland	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	Bahrain	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Astana	KAZ	51.18	71.45	\N	7	1	711	800	\N	The Foreign Ministers of Poland and Bahrain signed a memorandum on cooperation in Astana.	{c0:POL,k0:POLGOV,"n0:Radosław Sikorski",c1:BHR,k1:BHRGOV,"n1:Abdullatif bin Rashid Al Zayani",p0:AstanaKAZ}	'a':9 'and':6 'astana':14 'bahrain':7 'cooperation':12 'foreign':2 'in':13 'memorandum':10 'ministers':3 'of':4 'on':11 'poland':5 'signed':8 'the':1	NRadosław Sikorski	NAbdullatif bin Rashid Al Zayani	CPOLGOV	CBHRGOV
20240208	267	37	gen-0000035	8	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Spain	José Manuel Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Latvia	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	Vienna	AUT	48.21	16.37	\N	8	1	801	888	\N	The Foreign Ministers of Spain and Latvia signed a memorandum on cooperation in Vienna.	{c0:ESP,k0:ESPGOV,"n0:José Manuel Albares",c1:LVA,k1:LVAGOV,"n1:Baiba Braže",p0:ViennaAUT}	'a':9 'and':6 'cooperation':12 'foreign':2 'in':13 'latvia':7 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'spain':5 'the':1 'vienna':14	NJosé Manuel Albares	NBaiba Braže	CESPGOV	CLVAGOV
20240208	268	37	gen-0000035	9	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	["peace and security"]	9	1	889	991	[[10,992,1074],[11,1075,1157]]	Andrii Sybiha held talks with UN Secretary-General António Guterres at the UN headquarters in Astana.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA","t0:peace and security"}	'andrii':1 'antonio':9 'astana':16 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'secretary':7 'sybiha':2 'talks':4 'the':12 'un':6,13 'with':5	NAndrii Sybiha	NAntónio Guterres	CUKRGOV	CIGOUNO
20240209	269	38	gen-0000036	0	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	\N	\N	\N	\N	\N	0	1	0	94	\N	Takeshi Iwaya thanked Murat Nurtleu for the support of Kazakhstan to the initiatives of Japan.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",c1:KAZ,k1:KAZGOV,"n1:Murat Nurtleu"}	'for':6 'initiatives':13 'iwaya':2 'japan':15 'kazakhstan':10 'murat':4 'nurtleu':5 'of':9,14 'support':8 'takeshi':1 'thanked':3 'the':7,12 'to':11	NTakeshi Iwaya	NMurat Nurtleu	CJPNGOV	CKAZGOV
20240209	270	38	gen-0000036	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Radosław Sikorski	Radosław Sikorski	Minister of Foreign Affairs	POL	\N	POLGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	1	1	95	202	\N	Radosław Sikorski held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:POL,k0:POLGOV,"n0:Radosław Sikorski",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'general':8 'geneva':16 'guterres':10 'headquarters':14 'held':3 'in':15 'radosław':1 'secretary':7 'sikorski':2 'talks':4 'the':12 'un':6,13 'with':5	NRadosław Sikorski	NAntónio Guterres	CPOLGOV	CIGOUNO
20240209	271	38	gen-0000036	2	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	\N	\N	\N	\N	\N	2	1	203	304	\N	Xavier Bettel thanked Ignazio Cassis for the support of Switzerland to the initiatives of Luxembourg.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",c1:CHE,k1:CHEGOV,"n1:Ignazio Cassis"}	'bettel':2 'cassis':5 'for':6 'ignazio':4 'initiatives':13 'luxembourg':15 'of':9,14 'support':8 'switzerland':10 'thanked':3 'the':7,12 'to':11 'xavier':1	NXavier Bettel	NIgnazio Cassis	CLUXGOV	CCHEGOV
20240209	272	38	gen-0000036	3	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	3	1	305	405	\N	During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'met':7 'mihai':4 'of':12 'organization':16 'popsoi':5 'the':2,9,13 'visit':3 'with':8 'world':14	NMihai Popșoi	NTedros Adhanom Ghebreyesus	CMDAGOV	CIGOUNOHLHWHO
20240209	273	38	gen-0000036	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Ukraine Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	Minister of Foreign Affairs of Luxembourg Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Brussels	BEL	50.85	4.35	["peace and security"]	4	1	406	536	[[5,537,619]]	Minister of Foreign Affairs of Ukraine Andrii Sybiha met with Minister of Foreign Affairs of Luxembourg Xavier Bettel in Brussels.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",c1:LUX,k1:LUXGOV,"n1:Xavier Bettel",p0:BrusselsBEL,"t0:peace and security"}	'affairs':4,14 'andrii':7 'bettel':18 'brussels':20 'foreign':3,13 'in':19 'luxembourg':16 'met':9 'minister':1,11 'of':2,5,12,15 'sybiha':8 'ukraine':6 'with':10 'xavier':17	NAndrii Sybiha	NXavier Bettel	CUKRGOV	CLUXGOV
20240209	274	38	gen-0000036	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani	Abdullatif bin Rashid Al Zayani	Minister of Foreign Affairs	BHR	\N	BHRGOV	GOV	Minister of Foreign Affairs of Japan Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Vienna	AUT	48.21	16.37	\N	6	1	620	761	\N	Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Al Zayani met with Minister of Foreign Affairs of Japan Takeshi Iwaya in Vienna.	{c0:BHR,k0:BHRGOV,"n0:Abdullatif bin Rashid Al Zayani",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya",p0:ViennaAUT}	'abdullatif':7 'affairs':4,17 'al':10 'bahrain':6 'bin':8 'foreign':3,16 'in':22 'iwaya':21 'japan':19 'met':12 'minister':1,14 'of':2,5,15,18 'rashid':9 'takeshi':20 'vienna':23 'with':13 'zayani':11	NAbdullatif bin Rashid Al Zayani	NTakeshi Iwaya	CBHRGOV	CJPNGOV
20240210	275	39	gen-0000037	0	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Spain	José Manuel Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Kazakhstan	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Almaty	KAZ	43.26	76.93	\N	1	1	83	174	\N	The Foreign Ministers of Spain and Kazakhstan signed a memorandum on cooperation in Almaty.	{c0:ESP,k0:ESPGOV,"n0:José Manuel Albares",c1:KAZ,k1:KAZGOV,"n1:Murat Nurtleu",p0:AlmatyKAZ}	'a':9 'almaty':14 'and':6 'cooperation':12 'foreign':2 'in':13 'kazakhstan':7 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'spain':5 'the':1	NJosé Manuel Albares	NMurat Nurtleu	CESPGOV	CKAZGOV
20240210	276	39	gen-0000037	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	2	1	175	275	\N	During the visit, Mihai Popșoi also met with the Director-General of the World Health Organization.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'met':7 'mihai':4 'of':12 'organization':16 'popsoi':5 'the':2,9,13 'visit':3 'with':8 'world':14	NMihai Popșoi	NTedros Adhanom Ghebreyesus	CMDAGOV	CIGOUNOHLHWHO
20240210	277	39	gen-0000037	2	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	3	1	276	378	\N	Mihai Popșoi held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'mihai':1 'popsoi':2 'secretary':7 'talks':4 'the':12 'un':6,13 'vienna':16 'with':5	NMihai Popșoi	NAntónio Guterres	CMDAGOV	CIGOUNO
20240210	278	39	gen-0000037	3	AGREE	030	1	4	40	agree	day	builtin	f	\N	Bahrain	\N	\N	BHR	\N	BHR	\N	Spain	\N	\N	ESP	\N	ESP	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	4	1	379	457	\N	Bahrain and Spain agreed to expand cooperation in trade, energy and transport.	{c0:BHR,k0:BHR,m0:Bahrain,c1:ESP,k1:ESP,m1:Spain,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'bahrain':1 'cooperation':7 'energy':10 'expand':6 'in':8 'spain':3 'to':5 'trade':9 'transport':12	CBHR	CESP	CBHR	CESP
20240210	279	39	gen-0000037	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	5	1	458	559	\N	During the visit, Ignazio Cassis also met with the Director-General of the World Health Organization.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'cassis':5 'director':10 'during':1 'general':11 'health':15 'ignazio':4 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NIgnazio Cassis	NTedros Adhanom Ghebreyesus	CCHEGOV	CIGOUNOHLHWHO
20240210	280	39	gen-0000037	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Baiba Braže	Baiba Braže	Minister of Foreign Affairs	LVA	\N	LVAGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	6	1	560	659	\N	During the visit, Baiba Braže also met with the Director-General of the World Health Organization.	{c0:LVA,k0:LVAGOV,"n0:Baiba Braže",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'baiba':4 'braze':5 'director':10 'during':1 'general':11 'health':15 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14	NBaiba Braže	NTedros Adhanom Ghebreyesus	CLVAGOV	CIGOUNOHLHWHO
20240210	281	39	gen-0000037	6	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	7	1	660	763	\N	Ignazio Cassis held talks with UN Secretary-General António Guterres at the UN headquarters in Geneva.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'antonio':9 'at':11 'cassis':2 'general':8 'geneva':16 'guterres':10 'headquarters':14 'held':3 'ignazio':1 'in':15 'secretary':7 'talks':4 'the':12 'un':6,13 'with':5	NIgnazio Cassis	NAntónio Guterres	CCHEGOV	CIGOUNO
20240211	282	40	gen-0000038	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	["peace and security"]	0	1	0	102	[[1,103,185],[2,186,268],[3,269,351]]	Xavier Bettel held talks with UN Secretary-General António Guterres at the UN headquarters in Vienna.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA","t0:peace and security"}	'antonio':9 'at':11 'bettel':2 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'secretary':7 'talks':4 'the':12 'un':6,13 'vienna':16 'with':5 'xavier':1	NXavier Bettel	NAntónio Guterres	CLUXGOV	CIGOUNO
20240211	283	40	gen-0000038	1	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	\N	\N	\N	\N	\N	4	1	352	446	\N	Murat Nurtleu thanked Takeshi Iwaya for the support of Japan to the initiatives of Kazakhstan.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya"}	'for':6 'initiatives':13 'iwaya':5 'japan':10 'kazakhstan':15 'murat':1 'nurtleu':2 'of':9,14 'support':8 'takeshi':4 'thanked':3 'the':7,12 'to':11	NMurat Nurtleu	NTakeshi Iwaya	CKAZGOV	CJPNGOV
20240211	284	40	gen-0000038	2	AGREE	030	1	4	40	agree	day	builtin	f	\N	Latvia	\N	\N	LVA	\N	LVA	\N	Switzerland	\N	\N	CHE	\N	CHE	\N	New York	USA	40.71	-74.01	["trade","energy","transport"]	5	1	447	530	\N	Latvia and Switzerland agreed to expand cooperation in trade, energy and transport.	{c0:LVA,k0:LVA,m0:Latvia,c1:CHE,k1:CHE,m1:Switzerland,"p0:New YorkUSA",t0:trade,t0:energy,t0:transport}	'agreed':4 'and':2,11 'cooperation':7 'energy':10 'expand':6 'in':8 'latvia':1 'switzerland':3 'to':5 'trade':9 'transport':12	CLVA	CCHE	CLVA	CCHE
20240211	285	40	gen-0000038	3	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Spain	José Manuel Albares	Minister of Foreign Affairs	ESP	\N	ESPGOV	GOV	Luxembourg	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	Brussels	BEL	50.85	4.35	\N	6	1	531	624	\N	The Foreign Ministers of Spain and Luxembourg signed a memorandum on cooperation in Brussels.	{c0:ESP,k0:ESPGOV,"n0:José Manuel Albares",c1:LUX,k1:LUXGOV,"n1:Xavier Bettel",p0:BrusselsBEL}	'a':9 'and':6 'brussels':14 'cooperation':12 'foreign':2 'in':13 'luxembourg':7 'memorandum':10 'ministers':3 'of':4 'on':11 'signed':8 'spain':5 'the':1	NJosé Manuel Albares	NXavier Bettel	CESPGOV	CLUXGOV
20240211	286	40	gen-0000038	4	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	7	1	625	725	\N	During the visit, Takeshi Iwaya also met with the Director-General of the World Health Organization.	{c0:JPN,k0:JPNGOV,"n0:Takeshi Iwaya",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'director':10 'during':1 'general':11 'health':15 'iwaya':5 'met':7 'of':12 'organization':16 'takeshi':4 'the':2,9,13 'visit':3 'with':8 'world':14	NTakeshi Iwaya	NTedros Adhanom Ghebreyesus	CJPNGOV	CIGOUNOHLHWHO
20240211	287	40	gen-0000038	5	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Xavier Bettel	Xavier Bettel	Minister of Foreign Affairs	LUX	\N	LUXGOV	GOV	the Director-General of the World Health Organization	Tedros Adhanom Ghebreyesus	Director-General	\N	WHO	IGOUNOHLHWHO	\N	New York	USA	40.71	-74.01	["health"]	8	1	726	826	\N	During the visit, Xavier Bettel also met with the Director-General of the World Health Organization.	{c0:LUX,k0:LUXGOV,"n0:Xavier Bettel",o1:WHO,k1:IGOUNOHLHWHO,"n1:Tedros Adhanom Ghebreyesus","p0:New YorkUSA",t0:health}	'also':6 'bettel':5 'director':10 'during':1 'general':11 'health':15 'met':7 'of':12 'organization':16 'the':2,9,13 'visit':3 'with':8 'world':14 'xavier':4	NXavier Bettel	NTedros Adhanom Ghebreyesus	CLUXGOV	CIGOUNOHLHWHO
20240211	288	40	gen-0000038	6	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Minister of Foreign Affairs of Japan Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Vienna	AUT	48.21	16.37	\N	9	1	827	955	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Japan Takeshi Iwaya in Vienna.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya",p0:ViennaAUT}	'affairs':4,14 'cassis':8 'foreign':3,13 'ignazio':7 'in':19 'iwaya':18 'japan':16 'met':9 'minister':1,11 'of':2,5,12,15 'switzerland':6 'takeshi':17 'vienna':20 'with':10	NIgnazio Cassis	NTakeshi Iwaya	CCHEGOV	CJPNGOV
20240212	289	41	gen-0000039	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Switzerland Ignazio Cassis	Ignazio Cassis	Minister of Foreign Affairs	CHE	\N	CHEGOV	GOV	Minister of Foreign Affairs of Japan Takeshi Iwaya	Takeshi Iwaya	Minister of Foreign Affairs	JPN	\N	JPNGOV	GOV	Astana	KAZ	51.18	71.45	["peace and security"]	1	1	83	211	[[3,309,391]]	Minister of Foreign Affairs of Switzerland Ignazio Cassis met with Minister of Foreign Affairs of Japan Takeshi Iwaya in Astana.	{c0:CHE,k0:CHEGOV,"n0:Ignazio Cassis",c1:JPN,k1:JPNGOV,"n1:Takeshi Iwaya",p0:AstanaKAZ,"t0:peace and security"}	'affairs':4,14 'astana':20 'cassis':8 'foreign':3,13 'ignazio':7 'in':19 'iwaya':18 'japan':16 'met':9 'minister':1,11 'of':2,5,12,15 'switzerland':6 'takeshi':17 'with':10	NIgnazio Cassis	NTakeshi Iwaya	CCHEGOV	CJPNGOV
20240212	290	41	gen-0000039	1	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	\N	\N	\N	\N	\N	2	1	212	308	\N	Murat Nurtleu thanked Andrii Sybiha for the support of Ukraine to the initiatives of Kazakhstan.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:UKR,k1:UKRGOV,"n1:Andrii Sybiha"}	'andrii':4 'for':6 'initiatives':13 'kazakhstan':15 'murat':1 'nurtleu':2 'of':9,14 'support':8 'sybiha':5 'thanked':3 'the':7,12 'to':11 'ukraine':10	NMurat Nurtleu	NAndrii Sybiha	CKAZGOV	CUKRGOV
20240212	291	41	gen-0000039	2	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Andrii Sybiha	Andrii Sybiha	Minister of Foreign Affairs	UKR	\N	UKRGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	4	1	392	496	\N	Andrii Sybiha held talks with UN Secretary-General António Guterres at the UN headquarters in New York.	{c0:UKR,k0:UKRGOV,"n0:Andrii Sybiha",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'andrii':1 'antonio':9 'at':11 'general':8 'guterres':10 'headquarters':14 'held':3 'in':15 'new':16 'secretary':7 'sybiha':2 'talks':4 'the':12 'un':6,13 'with':5 'york':17	NAndrii Sybiha	NAntónio Guterres	CUKRGOV	CIGOUNO
\.


--
-- Data for Name: events_202404; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.events_202404 (day, rid, doc, doc_id, seq, type, cameo, quad, goldstein, g10, mode, prec, coder, negated, date_raw, src_text, src_name, src_role, src_country, src_org, src_code, src_sector, tgt_text, tgt_name, tgt_role, tgt_country, tgt_org, tgt_code, tgt_sector, place_name, place_country, place_lat, place_lon, topics, sentence, n, span_start, span_end, extra, evidence, keys, tsv, ak_s, ak_t, cp_s, cp_t) FROM stdin;
20240401	292	45	phrase-1	0	ACCUSE	111	3	-2	-20	criticize	day	builtin	f	\N	Russia	\N	\N	RUS	\N	RUS	\N	Lithuania	\N	Diplomat	LTU	\N	LTUGOV	GOV	\N	\N	\N	\N	\N	0	1	0	79	\N	Russia called the expulsion of its diplomats from Lithuania an unfriendly step.	{c0:RUS,k0:RUS,m0:Russia,c1:LTU,k1:LTUGOV,m1:Lithuania}	'an':10 'called':2 'diplomats':7 'expulsion':4 'from':8 'its':6 'lithuania':9 'of':5 'russia':1 'step':12 'the':3 'unfriendly':11	CRUS	CLTU	CRUS	CLTUGOV
\.


--
-- Data for Name: events_202405; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.events_202405 (day, rid, doc, doc_id, seq, type, cameo, quad, goldstein, g10, mode, prec, coder, negated, date_raw, src_text, src_name, src_role, src_country, src_org, src_code, src_sector, tgt_text, tgt_name, tgt_role, tgt_country, tgt_org, tgt_code, tgt_sector, place_name, place_country, place_lat, place_lon, topics, sentence, n, span_start, span_end, extra, evidence, keys, tsv, ak_s, ak_t, cp_s, cp_t) FROM stdin;
20240502	293	44	odd "id"/1	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Mihai Popșoi	Mihai Popșoi	Minister of Foreign Affairs	MDA	\N	MDAGOV	GOV	Péter Szijjártó	Péter Szijjártó	Minister of Foreign Affairs	HUN	\N	HUNGOV	GOV	Chișinău	MDA	47.01	28.86	\N	0	1	0	51	\N	Mihai Popșoi met Péter Szijjártó in Chișinău.	{c0:MDA,k0:MDAGOV,"n0:Mihai Popșoi",c1:HUN,k1:HUNGOV,"n1:Péter Szijjártó",p0:ChișinăuMDA}	'chisinau':7 'in':6 'met':3 'mihai':1 'peter':4 'popsoi':2 'szijjarto':5	NMihai Popșoi	NPéter Szijjártó	CMDAGOV	CHUNGOV
20240502	294	44	odd "id"/1	1	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Moldova	\N	\N	MDA	\N	MDA	\N	Hungary	\N	\N	HUN	\N	HUN	\N	Chișinău	MDA	47.01	28.86	["energy"]	1	1	52	102	\N	Moldova and Hungary signed an agreement on energy.	{c0:MDA,k0:MDA,m0:Moldova,c1:HUN,k1:HUN,m1:Hungary,p0:ChișinăuMDA,t0:energy}	'agreement':6 'an':5 'and':2 'energy':8 'hungary':3 'moldova':1 'on':7 'signed':4	CMDA	CHUN	CMDA	CHUN
20240506	295	49	wire-a	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Kazakhstan Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	0	1	0	116	\N	Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with UN Secretary-General António Guterres in New York.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'affairs':4 'antonio':14 'foreign':3 'general':13 'guterres':15 'in':16 'kazakhstan':6 'met':9 'minister':1 'murat':7 'new':17 'nurtleu':8 'of':2,5 'secretary':12 'un':11 'with':10 'york':18	NMurat Nurtleu	NAntónio Guterres	CKAZGOV	CIGOUNO
20240506	296	50	wire-b	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Minister of Foreign Affairs of Kazakhstan Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	New York	USA	40.71	-74.01	\N	0	1	0	116	\N	Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with UN Secretary-General António Guterres in New York.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",o1:UN,k1:IGOUNO,"n1:António Guterres","p0:New YorkUSA"}	'affairs':4 'antonio':14 'foreign':3 'general':13 'guterres':15 'in':16 'kazakhstan':6 'met':9 'minister':1 'murat':7 'new':17 'nurtleu':8 'of':2,5 'secretary':12 'un':11 'with':10 'york':18	NMurat Nurtleu	NAntónio Guterres	CKAZGOV	CIGOUNO
\.


--
-- Data for Name: events_202407; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.events_202407 (day, rid, doc, doc_id, seq, type, cameo, quad, goldstein, g10, mode, prec, coder, negated, date_raw, src_text, src_name, src_role, src_country, src_org, src_code, src_sector, tgt_text, tgt_name, tgt_role, tgt_country, tgt_org, tgt_code, tgt_sector, place_name, place_country, place_lat, place_lon, topics, sentence, n, span_start, span_end, extra, evidence, keys, tsv, ak_s, ak_t, cp_s, cp_t) FROM stdin;
20240700	297	43	month-1	0	SUPPORT	057	1	8	80	sign	month	builtin	f	\N	Kazakhstan	\N	\N	KAZ	\N	KAZ	\N	Uzbekistan	\N	\N	UZB	\N	UZB	\N	Tashkent	UZB	41.26	69.22	["water"]	0	1	0	86	\N	In July this year, Kazakhstan and Uzbekistan signed an agreement on water in Tashkent.	{c0:KAZ,k0:KAZ,m0:Kazakhstan,c1:UZB,k1:UZB,m1:Uzbekistan,p0:TashkentUZB,t0:water}	'agreement':10 'an':9 'and':6 'in':1,13 'july':2 'kazakhstan':5 'on':11 'signed':8 'tashkent':14 'this':3 'uzbekistan':7 'water':12 'year':4	CKAZ	CUZB	CKAZ	CUZB
\.


--
-- Data for Name: events_202502; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.events_202502 (day, rid, doc, doc_id, seq, type, cameo, quad, goldstein, g10, mode, prec, coder, negated, date_raw, src_text, src_name, src_role, src_country, src_org, src_code, src_sector, tgt_text, tgt_name, tgt_role, tgt_country, tgt_org, tgt_code, tgt_sector, place_name, place_country, place_lat, place_lon, topics, sentence, n, span_start, span_end, extra, evidence, keys, tsv, ak_s, ak_t, cp_s, cp_t) FROM stdin;
20250203	298	47	wire-0001	0	SANCTION	161	4	-4	-40	expel	day	builtin	f	\N	Lithuania	\N	\N	LTU	\N	LTU	\N	two Russian diplomats	\N	\N	RUS	\N	RUSGOV	GOV	\N	\N	\N	\N	\N	1	1	39	190	\N	VILNIUS, Feb. 4 -- Lithuania expelled two Russian diplomats on Monday, declaring them persona non grata over activities incompatible with their status.	{c0:LTU,k0:LTU,m0:Lithuania,c1:RUS,k1:RUSGOV,"m1:two Russian diplomats"}	'4':3 'activities':17 'declaring':11 'diplomats':8 'expelled':5 'feb':2 'grata':15 'incompatible':18 'lithuania':4 'monday':10 'non':14 'on':9 'over':16 'persona':13 'russian':7 'status':21 'their':20 'them':12 'two':6 'vilnius':1 'with':19	CLTU	CRUS	CLTU	CRUSGOV
20250204	299	47	wire-0001	1	ACCUSE	111	3	-2	-20	criticize	day	builtin	f	\N	The Lithuanian Foreign Ministry	\N	Ministry of Foreign Affairs	LTU	\N	LTUGOV	GOV	the Russian charge d'affaires	\N	Ambassador	RUS	\N	RUSGOV	GOV	\N	\N	\N	\N	\N	2	1	191	283	\N	The Lithuanian Foreign Ministry summoned the Russian charge d'affaires and lodged a protest.	{c0:LTU,k0:LTUGOV,"m0:The Lithuanian Foreign Ministry",c1:RUS,k1:RUSGOV,"m1:the Russian charge d'affaires"}	'a':13 'affaires':10 'and':11 'charge':8 'd':9 'foreign':3 'lithuanian':2 'lodged':12 'ministry':4 'protest':14 'russian':7 'summoned':5 'the':1,6	CLTU	CRUS	CLTUGOV	CRUSGOV
20250204	300	47	wire-0001	2	ACCUSE	112	3	-2	-20	accuse	day	builtin	f	\N	Moscow	\N	\N	RUS	\N	RUS	\N	Vilnius	\N	\N	LTU	\N	LTU	\N	\N	\N	\N	\N	\N	3	1	285	379	\N	Moscow accused Vilnius of an unfriendly step and warned that the move would not go unanswered.	{c0:RUS,k0:RUS,m0:Moscow,c1:LTU,k1:LTU,m1:Vilnius}	'accused':2 'an':5 'and':8 'go':15 'moscow':1 'move':12 'not':14 'of':4 'step':7 'that':10 'the':11 'unanswered':16 'unfriendly':6 'vilnius':3 'warned':9 'would':13	CRUS	CLTU	CRUS	CLTU
20250204	301	47	wire-0001	3	THREATEN	130	3	-4.4	-44	threaten	day	builtin	f	\N	Moscow	\N	\N	RUS	\N	RUS	\N	The Lithuanian Foreign Ministry	\N	Ministry of Foreign Affairs	LTU	\N	LTUGOV	GOV	\N	\N	\N	\N	\N	3	2	285	379	\N	Moscow accused Vilnius of an unfriendly step and warned that the move would not go unanswered.	{c0:RUS,k0:RUS,m0:Moscow,c1:LTU,k1:LTUGOV,"m1:The Lithuanian Foreign Ministry"}	'accused':2 'an':5 'and':8 'go':15 'moscow':1 'move':12 'not':14 'of':4 'step':7 'that':10 'the':11 'unanswered':16 'unfriendly':6 'vilnius':3 'warned':9 'would':13	CRUS	CLTU	CRUS	CLTUGOV
\.


--
-- Data for Name: events_202503; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.events_202503 (day, rid, doc, doc_id, seq, type, cameo, quad, goldstein, g10, mode, prec, coder, negated, date_raw, src_text, src_name, src_role, src_country, src_org, src_code, src_sector, tgt_text, tgt_name, tgt_role, tgt_country, tgt_org, tgt_code, tgt_sector, place_name, place_country, place_lat, place_lon, topics, sentence, n, span_start, span_end, extra, evidence, keys, tsv, ak_s, ak_t, cp_s, cp_t) FROM stdin;
20250312	302	1	astana-readout	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Kazakhstan	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Uzbekistan	Bakhtiyor Saidov	Minister of Foreign Affairs	UZB	\N	UZBGOV	GOV	Astana	KAZ	51.18	71.45	["trade","water"]	1	1	69	267	[[0,0,67],[2,269,397]]	ASTANA, 12 March 2025 – Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu met with Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov in Astana today.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:UZB,k1:UZBGOV,"n1:Bakhtiyor Saidov",p0:AstanaKAZ,t0:trade,t0:water}	'12':2 '2025':4 'affairs':8,21 'astana':1,30 'bakhtiyor':27 'foreign':7,20 'in':29 'kazakhstan':13 'march':3 'met':16 'minister':5,18 'murat':14 'nurtleu':15 'of':6,9,12,19,22,25 'republic':11,24 'saidov':28 'the':10,23 'today':31 'uzbekistan':26 'with':17	NMurat Nurtleu	NBakhtiyor Saidov	CKAZGOV	CUZBGOV
20250312	303	1	astana-readout	1	SUPPORT	057	1	8	80	sign	day	builtin	f	\N	Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov	Bakhtiyor Saidov	Minister of Foreign Affairs	UZB	\N	UZBGOV	GOV	Astana	KAZ	51.18	71.45	["diplomacy","digital"]	3	1	399	518	\N	Following the talks, the parties signed a Memorandum of Understanding on cooperation in the field of digital diplomacy.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:UZB,k1:UZBGOV,"n1:Bakhtiyor Saidov",p0:AstanaKAZ,t0:diplomacy,t0:digital}	'a':7 'cooperation':12 'digital':17 'diplomacy':18 'field':15 'following':1 'in':13 'memorandum':8 'of':9,16 'on':11 'parties':5 'signed':6 'talks':3 'the':2,4,14 'understanding':10	NMurat Nurtleu	NBakhtiyor Saidov	CKAZGOV	CUZBGOV
20250312	304	1	astana-readout	2	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Mr. Saidov	Bakhtiyor Saidov	Minister of Foreign Affairs	UZB	\N	UZBGOV	GOV	the Kazakh side	\N	\N	KAZ	\N	KAZGOV	GOV	\N	\N	\N	\N	\N	4	1	520	623	\N	Mr. Saidov thanked the Kazakh side for the warm welcome and invited Minister Nurtleu to visit Tashkent.	{c0:UZB,k0:UZBGOV,"n0:Bakhtiyor Saidov",c1:KAZ,k1:KAZGOV,"m1:the Kazakh side"}	'and':11 'for':7 'invited':12 'kazakh':5 'minister':13 'mr':1 'nurtleu':14 'saidov':2 'side':6 'tashkent':17 'thanked':3 'the':4,8 'to':15 'visit':16 'warm':9 'welcome':10	NBakhtiyor Saidov	CKAZ	CUZBGOV	CKAZGOV
20250312	305	1	astana-readout	3	REQUEST	020	1	3	30	appeal	day	builtin	f	\N	Mr. Saidov	Bakhtiyor Saidov	Minister of Foreign Affairs	UZB	\N	UZBGOV	GOV	Minister Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	\N	\N	\N	\N	\N	4	2	520	623	\N	Mr. Saidov thanked the Kazakh side for the warm welcome and invited Minister Nurtleu to visit Tashkent.	{c0:UZB,k0:UZBGOV,"n0:Bakhtiyor Saidov",c1:KAZ,k1:KAZGOV,"n1:Murat Nurtleu"}	'and':11 'for':7 'invited':12 'kazakh':5 'minister':13 'mr':1 'nurtleu':14 'saidov':2 'side':6 'tashkent':17 'thanked':3 'the':4,8 'to':15 'visit':16 'warm':9 'welcome':10	NBakhtiyor Saidov	NMurat Nurtleu	CUZBGOV	CKAZGOV
20250312	306	1	astana-readout	4	CONSULT	043	1	2.8	28	host	day	builtin	f	\N	Nurtleu	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	the Ambassador of Japan to Kazakhstan	\N	Ambassador	JPN	\N	JPNGOV	GOV	Astana	KAZ	51.18	71.45	["diplomacy"]	5	1	625	738	\N	On the same day, Nurtleu received the Ambassador of Japan to Kazakhstan, who presented a copy of his credentials.	{c0:KAZ,k0:KAZGOV,"n0:Murat Nurtleu",c1:JPN,k1:JPNGOV,"m1:the Ambassador of Japan to Kazakhstan",p0:AstanaKAZ,t0:diplomacy}	'a':15 'ambassador':8 'copy':16 'credentials':19 'day':4 'his':18 'japan':10 'kazakhstan':12 'nurtleu':5 'of':9,17 'on':1 'presented':14 'received':6 'same':3 'the':2,7 'to':11 'who':13	NMurat Nurtleu	CJPN	CKAZGOV	CJPNGOV
\.


--
-- Data for Name: events_202506; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.events_202506 (day, rid, doc, doc_id, seq, type, cameo, quad, goldstein, g10, mode, prec, coder, negated, date_raw, src_text, src_name, src_role, src_country, src_org, src_code, src_sector, tgt_text, tgt_name, tgt_role, tgt_country, tgt_org, tgt_code, tgt_sector, place_name, place_country, place_lat, place_lon, topics, sentence, n, span_start, span_end, extra, evidence, keys, tsv, ak_s, ak_t, cp_s, cp_t) FROM stdin;
20250617	307	42	geneva-wire	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	UN rights chief	Volker Türk	High Commissioner for Human Rights	\N	OHCHR	IGOUNOHRIHCH	\N	Norway's Foreign Minister Espen Barth Eide	Espen Barth Eide	Minister of Foreign Affairs	NOR	\N	NORGOV	GOV	Geneva	CHE	46.2	6.15	["human rights"]	1	1	52	225	[[0,0,50]]	GENEVA, June 17 (Wire) -- UN High Commissioner for Human Rights Volker Türk held talks on Tuesday with Norway's Foreign Minister Espen Barth Eide at the Palais des Nations.	{o0:OHCHR,k0:IGOUNOHRIHCH,"n0:Volker Türk",c1:NOR,k1:NORGOV,"n1:Espen Barth Eide",p0:GenevaCHE,"t0:human rights"}	'17':3 'at':25 'barth':23 'commissioner':7 'des':28 'eide':24 'espen':22 'for':8 'foreign':20 'geneva':1 'held':13 'high':6 'human':9 'june':2 'minister':21 'nations':29 'norway':18 'on':15 'palais':27 'rights':10 's':19 'talks':14 'the':26 'tuesday':16 'turk':12 'un':5 'volker':11 'wire':4 'with':17	NVolker Türk	NEspen Barth Eide	CIGOUNOHRIHCH	CNORGOV
20250617	308	42	geneva-wire	1	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	Eide	Espen Barth Eide	Minister of Foreign Affairs	NOR	\N	NORGOV	GOV	the Office	\N	\N	\N	OHCHR	IGOUNOHRIHCH	\N	\N	\N	\N	\N	\N	2	1	227	335	\N	Eide praised the work of the Office and pledged further support for its field missions, a spokesperson said.	{c0:NOR,k0:NORGOV,"n0:Espen Barth Eide",o1:OHCHR,k1:IGOUNOHRIHCH,"m1:the Office"}	'a':16 'and':8 'eide':1 'field':14 'for':12 'further':10 'its':13 'missions':15 'of':5 'office':7 'pledged':9 'praised':2 'said':18 'spokesperson':17 'support':11 'the':3,6 'work':4	NEspen Barth Eide	COHCHR	CNORGOV	CIGOUNOHRIHCH
20250617	309	42	geneva-wire	2	REQUEST	020	1	3	30	appeal	day	builtin	f	\N	the Norwegian minister	Espen Barth Eide	Minister of Foreign Affairs	NOR	\N	NORGOV	GOV	Russia	\N	\N	RUS	\N	RUS	\N	\N	\N	\N	\N	\N	3	1	337	442	\N	Separately, the Norwegian minister urged Russia and Ukraine to resume talks on the exchange of prisoners.	{c0:NOR,k0:NORGOV,"n0:Espen Barth Eide",c1:RUS,k1:RUS,m1:Russia}	'and':7 'exchange':14 'minister':4 'norwegian':3 'of':15 'on':12 'prisoners':16 'resume':10 'russia':6 'separately':1 'talks':11 'the':2,13 'to':9 'ukraine':8 'urged':5	NEspen Barth Eide	CRUS	CNORGOV	CRUS
20250617	310	42	geneva-wire	3	REQUEST	020	1	3	30	appeal	day	builtin	f	\N	the Norwegian minister	Espen Barth Eide	Minister of Foreign Affairs	NOR	\N	NORGOV	GOV	Ukraine	\N	\N	UKR	\N	UKR	\N	\N	\N	\N	\N	\N	3	2	337	442	\N	Separately, the Norwegian minister urged Russia and Ukraine to resume talks on the exchange of prisoners.	{c0:NOR,k0:NORGOV,"n0:Espen Barth Eide",c1:UKR,k1:UKR,m1:Ukraine}	'and':7 'exchange':14 'minister':4 'norwegian':3 'of':15 'on':12 'prisoners':16 'resume':10 'russia':6 'separately':1 'talks':11 'the':2,13 'to':9 'ukraine':8 'urged':5	NEspen Barth Eide	CUKR	CNORGOV	CUKR
\.


--
-- Data for Name: events_202509; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.events_202509 (day, rid, doc, doc_id, seq, type, cameo, quad, goldstein, g10, mode, prec, coder, negated, date_raw, src_text, src_name, src_role, src_country, src_org, src_code, src_sector, tgt_text, tgt_name, tgt_role, tgt_country, tgt_org, tgt_code, tgt_sector, place_name, place_country, place_lat, place_lon, topics, sentence, n, span_start, span_end, extra, evidence, keys, tsv, ak_s, ak_t, cp_s, cp_t) FROM stdin;
20250923	311	48	wire-0002	0	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Saudi Foreign Minister Prince Faisal bin Farhan	Faisal bin Farhan	Minister of Foreign Affairs	SAU	\N	SAUGOV	GOV	Kazakhstan	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	New York	USA	40.71	-74.01	["peace and security"]	0	1	0	190	[[1,192,292]]	NEW YORK, Sept. 23, 2025 -- On the sidelines of the UN General Assembly, Saudi Foreign Minister Prince Faisal bin Farhan met with his counterparts from Kazakhstan, Kyrgyzstan and Tajikistan.	{c0:SAU,k0:SAUGOV,"n0:Faisal bin Farhan",c1:KAZ,k1:KAZGOV,"n1:Murat Nurtleu","p0:New YorkUSA","t0:peace and security"}	'2025':5 '23':4 'and':28 'assembly':13 'bin':19 'counterparts':24 'faisal':18 'farhan':20 'foreign':15 'from':25 'general':12 'his':23 'kazakhstan':26 'kyrgyzstan':27 'met':21 'minister':16 'new':1 'of':9 'on':6 'prince':17 'saudi':14 'sept':3 'sidelines':8 'tajikistan':29 'the':7,10 'un':11 'with':22 'york':2	NFaisal bin Farhan	NMurat Nurtleu	CSAUGOV	CKAZGOV
20250923	312	48	wire-0002	1	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Saudi Foreign Minister Prince Faisal bin Farhan	Faisal bin Farhan	Minister of Foreign Affairs	SAU	\N	SAUGOV	GOV	Kyrgyzstan	Jeenbek Kulubaev	Minister of Foreign Affairs	KGZ	\N	KGZGOV	GOV	New York	USA	40.71	-74.01	["peace and security"]	0	2	0	190	[[1,192,292]]	NEW YORK, Sept. 23, 2025 -- On the sidelines of the UN General Assembly, Saudi Foreign Minister Prince Faisal bin Farhan met with his counterparts from Kazakhstan, Kyrgyzstan and Tajikistan.	{c0:SAU,k0:SAUGOV,"n0:Faisal bin Farhan",c1:KGZ,k1:KGZGOV,"n1:Jeenbek Kulubaev","p0:New YorkUSA","t0:peace and security"}	'2025':5 '23':4 'and':28 'assembly':13 'bin':19 'counterparts':24 'faisal':18 'farhan':20 'foreign':15 'from':25 'general':12 'his':23 'kazakhstan':26 'kyrgyzstan':27 'met':21 'minister':16 'new':1 'of':9 'on':6 'prince':17 'saudi':14 'sept':3 'sidelines':8 'tajikistan':29 'the':7,10 'un':11 'with':22 'york':2	NFaisal bin Farhan	NJeenbek Kulubaev	CSAUGOV	CKGZGOV
20250923	313	48	wire-0002	2	CONSULT	040	1	1	10	meet	day	builtin	f	\N	Saudi Foreign Minister Prince Faisal bin Farhan	Faisal bin Farhan	Minister of Foreign Affairs	SAU	\N	SAUGOV	GOV	Tajikistan	Sirojiddin Muhriddin	Minister of Foreign Affairs	TJK	\N	TJKGOV	GOV	New York	USA	40.71	-74.01	["peace and security"]	0	3	0	190	[[1,192,292]]	NEW YORK, Sept. 23, 2025 -- On the sidelines of the UN General Assembly, Saudi Foreign Minister Prince Faisal bin Farhan met with his counterparts from Kazakhstan, Kyrgyzstan and Tajikistan.	{c0:SAU,k0:SAUGOV,"n0:Faisal bin Farhan",c1:TJK,k1:TJKGOV,"n1:Sirojiddin Muhriddin","p0:New YorkUSA","t0:peace and security"}	'2025':5 '23':4 'and':28 'assembly':13 'bin':19 'counterparts':24 'faisal':18 'farhan':20 'foreign':15 'from':25 'general':12 'his':23 'kazakhstan':26 'kyrgyzstan':27 'met':21 'minister':16 'new':1 'of':9 'on':6 'prince':17 'saudi':14 'sept':3 'sidelines':8 'tajikistan':29 'the':7,10 'un':11 'with':22 'york':2	NFaisal bin Farhan	NSirojiddin Muhriddin	CSAUGOV	CTJKGOV
20250923	314	48	wire-0002	3	AGREE	030	1	4	40	agree	day	builtin	f	\N	Saudi Foreign Minister Prince Faisal bin Farhan	Faisal bin Farhan	Minister of Foreign Affairs	SAU	\N	SAUGOV	GOV	Kazakhstan	Murat Nurtleu	Minister of Foreign Affairs	KAZ	\N	KAZGOV	GOV	New York	USA	40.71	-74.01	["peace and security"]	1	1	192	292	\N	The ministers agreed to hold the next ministerial meeting in Riyadh and discussed regional security.	{c0:SAU,k0:SAUGOV,"n0:Faisal bin Farhan",c1:KAZ,k1:KAZGOV,"n1:Murat Nurtleu","p0:New YorkUSA","t0:peace and security"}	'agreed':3 'and':12 'discussed':13 'hold':5 'in':10 'meeting':9 'ministerial':8 'ministers':2 'next':7 'regional':14 'riyadh':11 'security':15 'the':1,6 'to':4	NFaisal bin Farhan	NMurat Nurtleu	CSAUGOV	CKAZGOV
20250923	315	48	wire-0002	4	AGREE	030	1	4	40	agree	day	builtin	f	\N	Saudi Foreign Minister Prince Faisal bin Farhan	Faisal bin Farhan	Minister of Foreign Affairs	SAU	\N	SAUGOV	GOV	Kyrgyzstan	Jeenbek Kulubaev	Minister of Foreign Affairs	KGZ	\N	KGZGOV	GOV	New York	USA	40.71	-74.01	["peace and security"]	1	2	192	292	\N	The ministers agreed to hold the next ministerial meeting in Riyadh and discussed regional security.	{c0:SAU,k0:SAUGOV,"n0:Faisal bin Farhan",c1:KGZ,k1:KGZGOV,"n1:Jeenbek Kulubaev","p0:New YorkUSA","t0:peace and security"}	'agreed':3 'and':12 'discussed':13 'hold':5 'in':10 'meeting':9 'ministerial':8 'ministers':2 'next':7 'regional':14 'riyadh':11 'security':15 'the':1,6 'to':4	NFaisal bin Farhan	NJeenbek Kulubaev	CSAUGOV	CKGZGOV
20250923	316	48	wire-0002	5	AGREE	030	1	4	40	agree	day	builtin	f	\N	Saudi Foreign Minister Prince Faisal bin Farhan	Faisal bin Farhan	Minister of Foreign Affairs	SAU	\N	SAUGOV	GOV	Tajikistan	Sirojiddin Muhriddin	Minister of Foreign Affairs	TJK	\N	TJKGOV	GOV	New York	USA	40.71	-74.01	["peace and security"]	1	3	192	292	\N	The ministers agreed to hold the next ministerial meeting in Riyadh and discussed regional security.	{c0:SAU,k0:SAUGOV,"n0:Faisal bin Farhan",c1:TJK,k1:TJKGOV,"n1:Sirojiddin Muhriddin","p0:New YorkUSA","t0:peace and security"}	'agreed':3 'and':12 'discussed':13 'hold':5 'in':10 'meeting':9 'ministerial':8 'ministers':2 'next':7 'regional':14 'riyadh':11 'security':15 'the':1,6 'to':4	NFaisal bin Farhan	NSirojiddin Muhriddin	CSAUGOV	CTJKGOV
20250923	317	48	wire-0002	6	SUPPORT	051	1	3.4	34	praise	day	builtin	f	\N	UN Secretary-General António Guterres	António Guterres	Secretary-General	\N	UN	IGOUNO	\N	Gulf Cooperation Council	\N	\N	\N	GCC	IGOPGSGCC	\N	\N	\N	\N	\N	["regional cooperation"]	2	1	294	409	\N	UN Secretary-General António Guterres welcomed the dialogue between the Gulf Cooperation Council and Central Asia.	{o0:UN,k0:IGOUNO,"n0:António Guterres",o1:GCC,k1:IGOPGSGCC,"m1:Gulf Cooperation Council","t0:regional cooperation"}	'and':14 'antonio':4 'asia':16 'between':9 'central':15 'cooperation':12 'council':13 'dialogue':8 'general':3 'gulf':11 'guterres':5 'secretary':2 'the':7,10 'un':1 'welcomed':6	NAntónio Guterres	CGCC	CIGOUNO	CIGOPGSGCC
\.


--
-- Data for Name: events_undated; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.events_undated (day, rid, doc, doc_id, seq, type, cameo, quad, goldstein, g10, mode, prec, coder, negated, date_raw, src_text, src_name, src_role, src_country, src_org, src_code, src_sector, tgt_text, tgt_name, tgt_role, tgt_country, tgt_org, tgt_code, tgt_sector, place_name, place_country, place_lat, place_lon, topics, sentence, n, span_start, span_end, extra, evidence, keys, tsv, ak_s, ak_t, cp_s, cp_t) FROM stdin;
99999999	318	46	undated-1	0	SANCTION	161	4	-4	-40	expel	\N	builtin	f	\N	Lithuania	\N	\N	LTU	\N	LTU	\N	two Russian diplomats	\N	\N	RUS	\N	RUSGOV	GOV	\N	\N	\N	\N	\N	0	1	0	41	\N	Lithuania expelled two Russian diplomats.	{c0:LTU,k0:LTU,m0:Lithuania,c1:RUS,k1:RUSGOV,"m1:two Russian diplomats"}	'diplomats':5 'expelled':2 'lithuania':1 'russian':4 'two':3	CLTU	CRUS	CLTU	CRUSGOV
99999999	319	46	undated-1	1	SUPPORT	057	1	8	80	sign	\N	builtin	f	\N	Kazakhstan	\N	\N	KAZ	\N	KAZ	\N	Uzbekistan	\N	\N	UZB	\N	UZB	\N	\N	\N	\N	\N	["water"]	1	1	42	97	\N	Kazakhstan and Uzbekistan signed an agreement on water.	{c0:KAZ,k0:KAZ,m0:Kazakhstan,c1:UZB,k1:UZB,m1:Uzbekistan,t0:water}	'agreement':6 'an':5 'and':2 'kazakhstan':1 'on':7 'signed':4 'uzbekistan':3 'water':8	CKAZ	CUZB	CKAZ	CUZB
\.


--
-- Data for Name: meta; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.meta (key, value) FROM stdin;
schema	1
\.


--
-- Data for Name: sum_actor; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.sum_actor (k, n, ng, role_lo, role_hi, country, org, code) FROM stdin;
CGCC	1	1	\N	\N	\N	GCC	IGOPGSGCC
CHUN	1	1	\N	\N	HUN	\N	HUN
CLTU	6	6	Diplomat	Ministry of Foreign Affairs	LTU	\N	LTUGOV
COHCHR	1	1	\N	\N	\N	OHCHR	IGOUNOHRIHCH
CRUS	7	7	Ambassador	Ambassador	RUS	\N	RUSGOV
CUZB	2	2	\N	\N	UZB	\N	UZB
NBakhtiyor Saidov	4	4	Minister of Foreign Affairs	Minister of Foreign Affairs	UZB	\N	UZBGOV
NEspen Barth Eide	4	4	Minister of Foreign Affairs	Minister of Foreign Affairs	NOR	\N	NORGOV
NFaisal bin Farhan	6	6	Minister of Foreign Affairs	Minister of Foreign Affairs	SAU	\N	SAUGOV
NJeenbek Kulubaev	2	2	Minister of Foreign Affairs	Minister of Foreign Affairs	KGZ	\N	KGZGOV
NPéter Szijjártó	1	1	Minister of Foreign Affairs	Minister of Foreign Affairs	HUN	\N	HUNGOV
NSirojiddin Muhriddin	2	2	Minister of Foreign Affairs	Minister of Foreign Affairs	TJK	\N	TJKGOV
NVolker Türk	1	1	High Commissioner for Human Rights	High Commissioner for Human Rights	\N	OHCHR	IGOUNOHRIHCH
CBHR	10	10	\N	\N	BHR	\N	BHR
CJPN	8	8	Ambassador	Ambassador	JPN	\N	JPNGOV
CLUX	7	7	\N	\N	LUX	\N	LUX
CMDA	5	5	\N	\N	MDA	\N	MDA
CUKR	6	6	\N	\N	UKR	\N	UKR
CCHE	8	8	\N	\N	CHE	\N	CHE
CESP	12	12	\N	\N	ESP	\N	ESP
CKAZ	14	14	\N	\N	KAZ	\N	KAZGOV
CLVA	12	12	\N	\N	LVA	\N	LVA
CPOL	12	12	\N	\N	POL	\N	POL
NAbdullatif bin Rashid Al Zayani	37	37	Minister of Foreign Affairs	Minister of Foreign Affairs	BHR	\N	BHRGOV
NAndrii Sybiha	32	32	Minister of Foreign Affairs	Minister of Foreign Affairs	UKR	\N	UKRGOV
NNicu Popescu	5	5	Minister of Foreign Affairs	Minister of Foreign Affairs	MDA	\N	MDAGOV
NDmytro Kuleba	4	4	Minister of Foreign Affairs	Minister of Foreign Affairs	UKR	\N	UKRGOV
NJosé Manuel Albares	15	15	Minister of Foreign Affairs	Minister of Foreign Affairs	ESP	\N	ESPGOV
NAntónio Guterres	58	58	Secretary-General	Secretary-General	\N	UN	IGOUNO
NArturs Krišjānis Kariņš	10	10	Minister of Foreign Affairs	Minister of Foreign Affairs	LVA	\N	LVAGOV
NBaiba Braže	33	33	Minister of Foreign Affairs	Minister of Foreign Affairs	LVA	\N	LVAGOV
NIgnazio Cassis	38	38	Minister of Foreign Affairs	Minister of Foreign Affairs	CHE	\N	CHEGOV
NJosé Albares	26	26	Minister of Foreign Affairs	Minister of Foreign Affairs	ESP	\N	ESPGOV
NMihai Popșoi	41	41	Minister of Foreign Affairs	Minister of Foreign Affairs	MDA	\N	MDAGOV
NMurat Nurtleu	46	46	Minister of Foreign Affairs	Minister of Foreign Affairs	KAZ	\N	KAZGOV
NRadosław Sikorski	31	31	Minister of Foreign Affairs	Minister of Foreign Affairs	POL	\N	POLGOV
NTakeshi Iwaya	37	37	Minister of Foreign Affairs	Minister of Foreign Affairs	JPN	\N	JPNGOV
NTedros Adhanom Ghebreyesus	46	46	Director-General	Director-General	\N	WHO	IGOUNOHLHWHO
NXavier Bettel	39	39	Minister of Foreign Affairs	Minister of Foreign Affairs	LUX	\N	LUXGOV
NYoko Kamikawa	8	8	Minister of Foreign Affairs	Minister of Foreign Affairs	JPN	\N	JPNGOV
\.


--
-- Data for Name: sum_codepair; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.sum_codepair (src, tgt, n) FROM stdin;
CBHRGOV	CJPNGOV	3
CBHRGOV	CLUXGOV	1
CCHEGOV	CIGOUNOHLHWHO	4
CCHEGOV	CLUXGOV	3
CCHEGOV	CMDAGOV	1
CESP	CPOL	1
CESP	CUKR	2
CESPGOV	CBHRGOV	3
CESPGOV	CLVAGOV	2
CESPGOV	CMDAGOV	3
CIGOUNO	CIGOPGSGCC	1
CIGOUNOHRIHCH	CNORGOV	1
CJPN	CKAZ	3
CJPN	CPOL	1
CJPNGOV	CBHRGOV	1
CJPNGOV	CCHEGOV	1
CJPNGOV	CESPGOV	2
CJPNGOV	CLUXGOV	1
CKAZ	CUZB	2
CKAZGOV	CBHRGOV	2
CKAZGOV	CCHEGOV	1
CKAZGOV	CESPGOV	2
CKAZGOV	CJPNGOV	3
CKAZGOV	CUZBGOV	2
CLTU	CRUSGOV	2
CLTUGOV	CRUSGOV	1
CLUX	CPOL	1
CLVA	CCHE	2
CLVA	CESP	1
CLVA	CLUX	1
CLVA	CPOL	2
CLVAGOV	CESPGOV	3
CLVAGOV	CUKRGOV	4
CMDA	CBHR	1
CMDA	CHUN	1
CMDA	CLUX	1
CMDA	CLVA	1
CMDAGOV	CHUNGOV	1
CMDAGOV	CKAZGOV	1
CMDAGOV	CPOLGOV	2
CNORGOV	CIGOUNOHRIHCH	1
CNORGOV	CRUS	1
CNORGOV	CUKR	1
CPOL	CBHR	1
CPOL	CESP	1
CPOLGOV	CBHRGOV	1
CPOLGOV	CLVAGOV	3
CRUS	CLTU	1
CRUS	CLTUGOV	2
CSAUGOV	CKAZGOV	2
CSAUGOV	CKGZGOV	2
CSAUGOV	CTJKGOV	2
CUKR	CLUX	1
CUZBGOV	CKAZGOV	2
CBHR	CESP	4
CBHR	CLUX	2
CBHR	CPOL	1
CBHRGOV	CESPGOV	1
CBHRGOV	CLVAGOV	1
CBHRGOV	CPOLGOV	2
CBHRGOV	CUKRGOV	2
CCHE	CLUX	1
CCHEGOV	CBHRGOV	4
CCHEGOV	CLVAGOV	1
CCHEGOV	CUKRGOV	1
CESPGOV	CJPNGOV	3
CBHRGOV	CIGOUNO	4
CBHRGOV	CIGOUNOHLHWHO	6
CBHRGOV	CMDAGOV	1
CCHE	CLVA	4
CCHEGOV	CESPGOV	2
CCHEGOV	CIGOUNO	6
CCHEGOV	CJPNGOV	6
CCHEGOV	CPOLGOV	4
CESPGOV	CIGOUNO	7
CESPGOV	CIGOUNOHLHWHO	4
CJPNGOV	CIGOUNOHLHWHO	6
CJPNGOV	CKAZGOV	4
CJPNGOV	CMDAGOV	1
CKAZ	CESP	2
CLUXGOV	CJPNGOV	1
CPOL	CKAZ	1
CPOLGOV	CIGOUNOHLHWHO	1
CESPGOV	CKAZGOV	2
CESPGOV	CLUXGOV	3
CESPGOV	CUKRGOV	1
CJPN	CESP	1
CJPN	CLVA	1
CJPN	CMDA	1
CJPNGOV	CIGOUNO	3
CJPNGOV	CPOLGOV	3
CKAZ	CBHR	1
CKAZ	CPOL	2
CKAZGOV	CIGOUNO	7
CKAZGOV	CIGOUNOHLHWHO	3
CKAZGOV	CLUXGOV	1
CKAZGOV	CLVAGOV	1
CKAZGOV	CPOLGOV	3
CKAZGOV	CUKRGOV	5
CLUXGOV	CBHRGOV	3
CLUXGOV	CCHEGOV	2
CLUXGOV	CESPGOV	3
CLUXGOV	CIGOUNOHLHWHO	4
CLUXGOV	CLVAGOV	2
CLUXGOV	CPOLGOV	2
CLUXGOV	CUKRGOV	1
CLVAGOV	CBHRGOV	1
CLVAGOV	CCHEGOV	2
CLVAGOV	CIGOUNO	7
CLVAGOV	CIGOUNOHLHWHO	6
CLVAGOV	CKAZGOV	1
CMDAGOV	CIGOUNO	7
CMDAGOV	CIGOUNOHLHWHO	9
CMDAGOV	CJPNGOV	6
CMDAGOV	CLVAGOV	5
CPOL	CCHE	1
CPOLGOV	CKAZGOV	2
CPOLGOV	CMDAGOV	3
CPOLGOV	CUKRGOV	1
CUKR	CKAZ	2
CUKRGOV	CBHRGOV	1
CUKRGOV	CIGOUNO	6
CUKRGOV	CJPNGOV	2
CUKRGOV	CLUXGOV	1
CLUXGOV	CIGOUNO	6
CLUXGOV	CMDAGOV	3
CLVAGOV	CLUXGOV	2
CMDAGOV	CUKRGOV	3
CPOLGOV	CIGOUNO	4
CUKRGOV	CIGOUNOHLHWHO	3
CUKRGOV	CKAZGOV	3
CUKRGOV	CLVAGOV	2
\.


--
-- Data for Name: sum_country; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.sum_country (country, month, type, quad, neg, n, g) FROM stdin;
BHR	202402	AGREE	1	0	3	120
BHR	202402	CONSULT	1	0	3	30
BHR	202402	SUPPORT	1	0	4	274
CHE	202402	AGREE	1	0	2	80
CHE	202402	CONSULT	1	0	6	60
CHE	202402	SUPPORT	1	0	6	342
ESP	202402	AGREE	1	0	4	160
ESP	202402	CONSULT	1	0	4	40
ESP	202402	SUPPORT	1	0	10	616
HUN	202405	CONSULT	1	0	1	10
HUN	202405	SUPPORT	1	0	1	80
JPN	202402	CONSULT	1	0	7	70
JPN	202402	SUPPORT	1	0	5	216
JPN	202503	CONSULT	1	0	1	28
KAZ	202402	CONSULT	1	0	2	20
KAZ	202402	SUPPORT	1	0	7	330
KAZ	202405	CONSULT	1	0	2	20
KAZ	202407	SUPPORT	1	0	1	80
KAZ	202503	CONSULT	1	0	2	38
KAZ	202503	REQUEST	1	0	1	30
KAZ	202503	SUPPORT	1	0	2	114
KAZ	202509	AGREE	1	0	1	40
KAZ	202509	CONSULT	1	0	1	10
KAZ	999999	SUPPORT	1	0	1	80
KGZ	202509	AGREE	1	0	1	40
KGZ	202509	CONSULT	1	0	1	10
LTU	202404	ACCUSE	3	0	1	-20
LTU	202502	ACCUSE	3	0	2	-40
LTU	202502	SANCTION	4	0	1	-40
LTU	202502	THREATEN	3	0	1	-44
LTU	999999	SANCTION	4	0	1	-40
LUX	202402	CONSULT	1	0	4	40
LUX	202402	SUPPORT	1	0	10	662
LVA	202402	AGREE	1	0	3	120
LVA	202402	CONSULT	1	0	8	80
LVA	202402	SUPPORT	1	0	10	616
MDA	202402	CONSULT	1	0	8	80
MDA	202402	SUPPORT	1	0	3	240
MDA	202405	CONSULT	1	0	1	10
MDA	202405	SUPPORT	1	0	1	80
NOR	202506	CONSULT	1	0	1	10
NOR	202506	REQUEST	1	0	2	60
NOR	202506	SUPPORT	1	0	1	34
POL	202402	CONSULT	1	0	5	50
POL	202402	SUPPORT	1	0	5	354
RUS	202404	ACCUSE	3	0	1	-20
RUS	202502	ACCUSE	3	0	2	-40
RUS	202502	SANCTION	4	0	1	-40
RUS	202502	THREATEN	3	0	1	-44
RUS	202506	REQUEST	1	0	1	30
RUS	999999	SANCTION	4	0	1	-40
SAU	202509	AGREE	1	0	3	120
SAU	202509	CONSULT	1	0	3	30
TJK	202509	AGREE	1	0	1	40
TJK	202509	CONSULT	1	0	1	10
UKR	202402	CONSULT	1	0	4	40
UKR	202402	SUPPORT	1	0	4	182
UKR	202506	REQUEST	1	0	1	30
UZB	202407	SUPPORT	1	0	1	80
UZB	202503	CONSULT	1	0	1	10
UZB	202503	REQUEST	1	0	1	30
UZB	202503	SUPPORT	1	0	2	114
UZB	999999	SUPPORT	1	0	1	80
BHR	202401	AGREE	1	0	7	280
BHR	202401	SUPPORT	1	0	10	616
JPN	202401	AGREE	1	0	6	240
KAZ	202401	CONSULT	1	0	15	150
LUX	202401	AGREE	1	0	7	280
LVA	202401	CONSULT	1	0	12	120
MDA	202401	AGREE	1	0	4	160
BHR	202401	CONSULT	1	0	20	200
CHE	202401	AGREE	1	0	5	200
CHE	202401	CONSULT	1	0	16	160
CHE	202401	SUPPORT	1	0	11	604
ESP	202401	AGREE	1	0	7	280
ESP	202401	CONSULT	1	0	16	160
ESP	202401	SUPPORT	1	0	12	684
JPN	202401	CONSULT	1	0	16	160
JPN	202401	SUPPORT	1	0	18	1026
KAZ	202401	AGREE	1	0	8	320
KAZ	202401	SUPPORT	1	0	17	992
LUX	202401	CONSULT	1	0	12	120
LUX	202401	SUPPORT	1	0	13	718
LVA	202401	AGREE	1	0	8	320
LVA	202401	SUPPORT	1	0	14	706
MDA	202401	CONSULT	1	0	16	160
MDA	202401	SUPPORT	1	0	18	1118
POL	202401	AGREE	1	0	11	440
POL	202401	CONSULT	1	0	9	90
POL	202401	SUPPORT	1	0	13	718
UKR	202401	AGREE	1	0	3	120
UKR	202401	CONSULT	1	0	14	140
UKR	202401	SUPPORT	1	0	16	774
\.


--
-- Data for Name: sum_day; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.sum_day (day, type, quad, neg, n, g) FROM stdin;
20240113	AGREE	1	0	3	120
20240113	CONSULT	1	0	4	40
20240114	AGREE	1	0	1	40
20240114	CONSULT	1	0	3	30
20240114	SUPPORT	1	0	4	274
20240115	AGREE	1	0	1	40
20240115	CONSULT	1	0	4	40
20240115	SUPPORT	1	0	4	228
20240116	AGREE	1	0	3	120
20240116	CONSULT	1	0	7	70
20240116	SUPPORT	1	0	1	80
20240117	CONSULT	1	0	2	20
20240117	SUPPORT	1	0	1	34
20240118	AGREE	1	0	1	40
20240118	CONSULT	1	0	6	60
20240118	SUPPORT	1	0	3	194
20240119	CONSULT	1	0	2	20
20240119	SUPPORT	1	0	3	194
20240120	AGREE	1	0	1	40
20240120	CONSULT	1	0	2	20
20240120	SUPPORT	1	0	4	182
20240121	AGREE	1	0	2	80
20240121	CONSULT	1	0	2	20
20240122	CONSULT	1	0	7	70
20240122	SUPPORT	1	0	2	114
20240123	AGREE	1	0	1	40
20240123	CONSULT	1	0	1	10
20240123	SUPPORT	1	0	2	160
20240124	AGREE	1	0	1	40
20240124	CONSULT	1	0	5	50
20240124	SUPPORT	1	0	4	228
20240125	AGREE	1	0	2	80
20240125	CONSULT	1	0	5	50
20240125	SUPPORT	1	0	3	102
20240126	CONSULT	1	0	8	80
20240126	SUPPORT	1	0	2	160
20240127	AGREE	1	0	1	40
20240127	CONSULT	1	0	3	30
20240127	SUPPORT	1	0	6	342
20240128	AGREE	1	0	2	80
20240128	CONSULT	1	0	1	10
20240128	SUPPORT	1	0	1	80
20240201	CONSULT	1	0	2	20
20240201	SUPPORT	1	0	4	228
20240202	CONSULT	1	0	2	20
20240203	AGREE	1	0	1	40
20240203	CONSULT	1	0	3	30
20240203	SUPPORT	1	0	3	194
20240204	AGREE	1	0	1	40
20240204	CONSULT	1	0	4	40
20240204	SUPPORT	1	0	2	160
20240205	AGREE	1	0	1	40
20240205	CONSULT	1	0	3	30
20240205	SUPPORT	1	0	7	422
20240206	CONSULT	1	0	3	30
20240206	SUPPORT	1	0	2	114
20240207	AGREE	1	0	1	40
20240207	CONSULT	1	0	4	40
20240207	SUPPORT	1	0	3	148
20240208	CONSULT	1	0	5	50
20240208	SUPPORT	1	0	5	354
20240209	CONSULT	1	0	4	40
20240209	SUPPORT	1	0	2	68
20240210	AGREE	1	0	1	40
20240210	CONSULT	1	0	5	50
20240210	SUPPORT	1	0	1	80
20240211	AGREE	1	0	1	40
20240211	CONSULT	1	0	4	40
20240211	SUPPORT	1	0	2	114
20240212	CONSULT	1	0	2	20
20240212	SUPPORT	1	0	1	34
20240401	ACCUSE	3	0	1	-20
20240502	CONSULT	1	0	1	10
20240502	SUPPORT	1	0	1	80
20240506	CONSULT	1	0	2	20
20240700	SUPPORT	1	0	1	80
20250203	SANCTION	4	0	1	-40
20250204	ACCUSE	3	0	2	-40
20250204	THREATEN	3	0	1	-44
20250312	CONSULT	1	0	2	38
20250312	REQUEST	1	0	1	30
20250312	SUPPORT	1	0	2	114
20250617	CONSULT	1	0	1	10
20250617	REQUEST	1	0	2	60
20250617	SUPPORT	1	0	1	34
20250923	AGREE	1	0	3	120
20250923	CONSULT	1	0	3	30
20250923	SUPPORT	1	0	1	34
99999999	SANCTION	4	0	1	-40
20240109	CONSULT	1	0	5	50
20240109	SUPPORT	1	0	1	80
20240110	CONSULT	1	0	1	10
20240110	SUPPORT	1	0	4	182
20240111	AGREE	1	0	1	40
20240111	CONSULT	1	0	4	40
20240111	SUPPORT	1	0	3	148
20240112	AGREE	1	0	2	80
20240112	CONSULT	1	0	4	40
20240112	SUPPORT	1	0	3	148
99999999	SUPPORT	1	0	1	80
20240101	AGREE	1	0	1	40
20240101	CONSULT	1	0	6	60
20240101	SUPPORT	1	0	3	102
20240102	AGREE	1	0	2	80
20240102	CONSULT	1	0	2	20
20240103	CONSULT	1	0	6	60
20240103	SUPPORT	1	0	2	114
20240104	AGREE	1	0	2	80
20240104	CONSULT	1	0	2	20
20240104	SUPPORT	1	0	1	80
20240105	AGREE	1	0	1	40
20240105	CONSULT	1	0	3	30
20240105	SUPPORT	1	0	5	354
20240106	AGREE	1	0	1	40
20240106	CONSULT	1	0	6	60
20240106	SUPPORT	1	0	4	182
20240107	AGREE	1	0	1	40
20240107	CONSULT	1	0	5	50
20240107	SUPPORT	1	0	4	182
20240108	AGREE	1	0	3	120
20240108	CONSULT	1	0	2	20
20240108	SUPPORT	1	0	1	34
\.


--
-- Data for Name: sum_pair; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.sum_pair (src, tgt, type, n) FROM stdin;
CCHE	CLVA	CONSULT	1
CESP	CPOL	AGREE	1
CESP	CUKR	AGREE	1
CESP	CUKR	CONSULT	1
CJPN	CKAZ	AGREE	2
CJPN	CKAZ	CONSULT	1
CJPN	CPOL	AGREE	1
CKAZ	CUZB	SUPPORT	2
CLTU	CRUS	ACCUSE	1
CLTU	CRUS	SANCTION	2
CLUX	CPOL	AGREE	1
CLVA	CCHE	AGREE	2
CLVA	CESP	AGREE	1
CLVA	CLUX	AGREE	1
CLVA	CPOL	AGREE	2
CMDA	CBHR	AGREE	1
CMDA	CHUN	SUPPORT	1
CMDA	CLUX	AGREE	1
CMDA	CLVA	AGREE	1
CPOL	CBHR	AGREE	1
CPOL	CESP	AGREE	1
CRUS	CLTU	ACCUSE	2
CRUS	CLTU	THREATEN	1
CUKR	CLUX	AGREE	1
NAbdullatif bin Rashid Al Zayani	NArturs Krišjānis Kariņš	SUPPORT	1
NAbdullatif bin Rashid Al Zayani	NTakeshi Iwaya	CONSULT	1
NAbdullatif bin Rashid Al Zayani	NTakeshi Iwaya	SUPPORT	1
NAbdullatif bin Rashid Al Zayani	NXavier Bettel	SUPPORT	1
NAbdullatif bin Rashid Al Zayani	NYoko Kamikawa	SUPPORT	1
NAntónio Guterres	CGCC	SUPPORT	1
NArturs Krišjānis Kariņš	NDmytro Kuleba	CONSULT	1
NArturs Krišjānis Kariņš	NDmytro Kuleba	SUPPORT	1
NArturs Krišjānis Kariņš	NJosé Manuel Albares	SUPPORT	1
NBaiba Braže	NAndrii Sybiha	SUPPORT	2
NBaiba Braže	NJosé Albares	SUPPORT	1
NBaiba Braže	NJosé Manuel Albares	SUPPORT	1
NBakhtiyor Saidov	CKAZ	SUPPORT	1
NBakhtiyor Saidov	NMurat Nurtleu	REQUEST	1
NEspen Barth Eide	COHCHR	SUPPORT	1
NEspen Barth Eide	CRUS	REQUEST	1
NEspen Barth Eide	CUKR	REQUEST	1
NFaisal bin Farhan	NJeenbek Kulubaev	AGREE	1
NFaisal bin Farhan	NJeenbek Kulubaev	CONSULT	1
NFaisal bin Farhan	NMurat Nurtleu	AGREE	1
NFaisal bin Farhan	NMurat Nurtleu	CONSULT	1
NFaisal bin Farhan	NSirojiddin Muhriddin	AGREE	1
NFaisal bin Farhan	NSirojiddin Muhriddin	CONSULT	1
NIgnazio Cassis	NMihai Popșoi	SUPPORT	1
NIgnazio Cassis	NRadosław Sikorski	SUPPORT	2
NIgnazio Cassis	NTedros Adhanom Ghebreyesus	CONSULT	4
NIgnazio Cassis	NXavier Bettel	CONSULT	1
NIgnazio Cassis	NXavier Bettel	SUPPORT	2
NJosé Albares	NAbdullatif bin Rashid Al Zayani	CONSULT	2
NJosé Albares	NAndrii Sybiha	SUPPORT	1
NJosé Albares	NXavier Bettel	SUPPORT	1
CBHR	CESP	AGREE	4
CCHE	CLVA	AGREE	3
CKAZ	CESP	AGREE	2
CPOL	CKAZ	AGREE	1
NAbdullatif bin Rashid Al Zayani	NMihai Popșoi	CONSULT	1
NAndrii Sybiha	NMurat Nurtleu	SUPPORT	2
NArturs Krišjānis Kariņš	NXavier Bettel	SUPPORT	1
NIgnazio Cassis	NTakeshi Iwaya	SUPPORT	2
NJosé Manuel Albares	NAbdullatif bin Rashid Al Zayani	SUPPORT	1
NJosé Manuel Albares	NAntónio Guterres	CONSULT	1
NJosé Manuel Albares	NBaiba Braže	SUPPORT	2
NJosé Manuel Albares	NMihai Popșoi	CONSULT	1
NJosé Manuel Albares	NMihai Popșoi	SUPPORT	1
NJosé Manuel Albares	NMurat Nurtleu	SUPPORT	2
NJosé Manuel Albares	NNicu Popescu	SUPPORT	1
NJosé Manuel Albares	NTedros Adhanom Ghebreyesus	CONSULT	1
NJosé Manuel Albares	NXavier Bettel	SUPPORT	1
NJosé Manuel Albares	NYoko Kamikawa	CONSULT	1
NJosé Manuel Albares	NYoko Kamikawa	SUPPORT	1
NMihai Popșoi	NArturs Krišjānis Kariņš	CONSULT	1
NMihai Popșoi	NArturs Krišjānis Kariņš	SUPPORT	1
NMihai Popșoi	NDmytro Kuleba	SUPPORT	1
NMihai Popșoi	NMurat Nurtleu	SUPPORT	1
NMihai Popșoi	NPéter Szijjártó	CONSULT	1
NMihai Popșoi	NRadosław Sikorski	CONSULT	1
NMihai Popșoi	NRadosław Sikorski	SUPPORT	1
NMihai Popșoi	NYoko Kamikawa	CONSULT	1
NMihai Popșoi	NYoko Kamikawa	SUPPORT	1
NMurat Nurtleu	CJPN	CONSULT	1
NMurat Nurtleu	NAbdullatif bin Rashid Al Zayani	CONSULT	1
NMurat Nurtleu	NAbdullatif bin Rashid Al Zayani	SUPPORT	1
NMurat Nurtleu	NAndrii Sybiha	CONSULT	1
NMurat Nurtleu	NBaiba Braže	SUPPORT	1
NMurat Nurtleu	NBakhtiyor Saidov	CONSULT	1
NMurat Nurtleu	NBakhtiyor Saidov	SUPPORT	1
NMurat Nurtleu	NDmytro Kuleba	SUPPORT	1
NMurat Nurtleu	NIgnazio Cassis	SUPPORT	1
NMurat Nurtleu	NJosé Albares	CONSULT	1
NMurat Nurtleu	NJosé Albares	SUPPORT	1
NMurat Nurtleu	NRadosław Sikorski	CONSULT	1
NMurat Nurtleu	NTakeshi Iwaya	CONSULT	1
NMurat Nurtleu	NTakeshi Iwaya	SUPPORT	1
NNicu Popescu	NBaiba Braže	SUPPORT	1
NRadosław Sikorski	NAbdullatif bin Rashid Al Zayani	SUPPORT	1
NRadosław Sikorski	NArturs Krišjānis Kariņš	CONSULT	1
NRadosław Sikorski	NArturs Krišjānis Kariņš	SUPPORT	1
NRadosław Sikorski	NBaiba Braže	SUPPORT	1
NTakeshi Iwaya	NAbdullatif bin Rashid Al Zayani	CONSULT	1
NTakeshi Iwaya	NJosé Albares	CONSULT	1
NTakeshi Iwaya	NJosé Albares	SUPPORT	1
NTakeshi Iwaya	NRadosław Sikorski	SUPPORT	2
NTakeshi Iwaya	NXavier Bettel	SUPPORT	1
NVolker Türk	NEspen Barth Eide	CONSULT	1
NXavier Bettel	NAbdullatif bin Rashid Al Zayani	CONSULT	1
NXavier Bettel	NArturs Krišjānis Kariņš	SUPPORT	1
NYoko Kamikawa	NIgnazio Cassis	SUPPORT	1
CBHR	CLUX	AGREE	2
CBHR	CPOL	AGREE	1
CCHE	CLUX	AGREE	1
CJPN	CESP	AGREE	1
CJPN	CLVA	AGREE	1
CJPN	CMDA	AGREE	1
CKAZ	CBHR	AGREE	1
CKAZ	CPOL	AGREE	1
CKAZ	CPOL	CONSULT	1
CPOL	CCHE	AGREE	1
CUKR	CKAZ	AGREE	1
CUKR	CKAZ	CONSULT	1
NAbdullatif bin Rashid Al Zayani	NAndrii Sybiha	CONSULT	2
NRadosław Sikorski	NTedros Adhanom Ghebreyesus	CONSULT	1
NTakeshi Iwaya	NMurat Nurtleu	SUPPORT	4
NTakeshi Iwaya	NTedros Adhanom Ghebreyesus	CONSULT	6
NXavier Bettel	NMihai Popșoi	CONSULT	1
NXavier Bettel	NYoko Kamikawa	SUPPORT	1
NYoko Kamikawa	NNicu Popescu	SUPPORT	1
NAbdullatif bin Rashid Al Zayani	NJosé Albares	CONSULT	1
NAbdullatif bin Rashid Al Zayani	NRadosław Sikorski	CONSULT	2
NAndrii Sybiha	NAbdullatif bin Rashid Al Zayani	SUPPORT	1
NAndrii Sybiha	NAntónio Guterres	CONSULT	6
NAndrii Sybiha	NMurat Nurtleu	CONSULT	1
NAndrii Sybiha	NTakeshi Iwaya	SUPPORT	2
NAndrii Sybiha	NXavier Bettel	CONSULT	1
NBaiba Braže	NAbdullatif bin Rashid Al Zayani	SUPPORT	1
NBaiba Braže	NAntónio Guterres	CONSULT	7
NBaiba Braže	NIgnazio Cassis	CONSULT	1
NBaiba Braže	NIgnazio Cassis	SUPPORT	1
NBaiba Braže	NMurat Nurtleu	SUPPORT	1
NBaiba Braže	NTedros Adhanom Ghebreyesus	CONSULT	6
NBaiba Braže	NXavier Bettel	SUPPORT	1
NIgnazio Cassis	NAbdullatif bin Rashid Al Zayani	CONSULT	1
NIgnazio Cassis	NAbdullatif bin Rashid Al Zayani	SUPPORT	3
NIgnazio Cassis	NAndrii Sybiha	CONSULT	1
NIgnazio Cassis	NBaiba Braže	CONSULT	1
NIgnazio Cassis	NTakeshi Iwaya	CONSULT	4
NJosé Albares	NTakeshi Iwaya	SUPPORT	1
NJosé Albares	NXavier Bettel	CONSULT	1
NMihai Popșoi	NAntónio Guterres	CONSULT	7
NMihai Popșoi	NBaiba Braže	SUPPORT	2
NMihai Popșoi	NTakeshi Iwaya	CONSULT	2
NMihai Popșoi	NTakeshi Iwaya	SUPPORT	2
NMihai Popșoi	NTedros Adhanom Ghebreyesus	CONSULT	9
NMurat Nurtleu	NAndrii Sybiha	SUPPORT	3
NMurat Nurtleu	NAntónio Guterres	CONSULT	7
NMurat Nurtleu	NRadosław Sikorski	SUPPORT	2
NMurat Nurtleu	NTedros Adhanom Ghebreyesus	CONSULT	3
NMurat Nurtleu	NXavier Bettel	SUPPORT	1
NRadosław Sikorski	NAndrii Sybiha	SUPPORT	1
NRadosław Sikorski	NMihai Popșoi	SUPPORT	1
NRadosław Sikorski	NMurat Nurtleu	SUPPORT	2
NRadosław Sikorski	NNicu Popescu	SUPPORT	2
NTakeshi Iwaya	NAntónio Guterres	CONSULT	3
NTakeshi Iwaya	NRadosław Sikorski	CONSULT	1
NXavier Bettel	NAbdullatif bin Rashid Al Zayani	SUPPORT	2
NXavier Bettel	NAndrii Sybiha	SUPPORT	1
NXavier Bettel	NBaiba Braže	CONSULT	1
NXavier Bettel	NIgnazio Cassis	SUPPORT	2
NXavier Bettel	NJosé Albares	SUPPORT	3
NXavier Bettel	NRadosław Sikorski	SUPPORT	2
NXavier Bettel	NTedros Adhanom Ghebreyesus	CONSULT	4
NAbdullatif bin Rashid Al Zayani	NAntónio Guterres	CONSULT	4
NAbdullatif bin Rashid Al Zayani	NTedros Adhanom Ghebreyesus	CONSULT	6
NAndrii Sybiha	NBaiba Braže	SUPPORT	2
NAndrii Sybiha	NTedros Adhanom Ghebreyesus	CONSULT	3
NIgnazio Cassis	NAntónio Guterres	CONSULT	6
NIgnazio Cassis	NJosé Albares	SUPPORT	2
NIgnazio Cassis	NRadosław Sikorski	CONSULT	2
NJosé Albares	NAntónio Guterres	CONSULT	6
NJosé Albares	NTedros Adhanom Ghebreyesus	CONSULT	3
NMihai Popșoi	NAndrii Sybiha	SUPPORT	2
NRadosław Sikorski	NAntónio Guterres	CONSULT	4
NXavier Bettel	NAntónio Guterres	CONSULT	6
NXavier Bettel	NMihai Popșoi	SUPPORT	2
\.


--
-- Data for Name: sum_pair_n; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.sum_pair_n (src, tgt, n) FROM stdin;
CESP	CPOL	1
CESP	CUKR	2
CJPN	CKAZ	3
CJPN	CPOL	1
CKAZ	CUZB	2
CLTU	CRUS	3
CLUX	CPOL	1
CLVA	CCHE	2
CLVA	CESP	1
CLVA	CLUX	1
CLVA	CPOL	2
CMDA	CBHR	1
CMDA	CHUN	1
CMDA	CLUX	1
CMDA	CLVA	1
CPOL	CBHR	1
CPOL	CESP	1
CRUS	CLTU	3
CUKR	CLUX	1
NAbdullatif bin Rashid Al Zayani	NArturs Krišjānis Kariņš	1
NAbdullatif bin Rashid Al Zayani	NTakeshi Iwaya	2
NAbdullatif bin Rashid Al Zayani	NXavier Bettel	1
NAbdullatif bin Rashid Al Zayani	NYoko Kamikawa	1
NAntónio Guterres	CGCC	1
NArturs Krišjānis Kariņš	NDmytro Kuleba	2
NArturs Krišjānis Kariņš	NJosé Manuel Albares	1
NBaiba Braže	NAndrii Sybiha	2
NBaiba Braže	NJosé Albares	1
NBaiba Braže	NJosé Manuel Albares	1
NBakhtiyor Saidov	CKAZ	1
NBakhtiyor Saidov	NMurat Nurtleu	1
NEspen Barth Eide	COHCHR	1
NEspen Barth Eide	CRUS	1
NEspen Barth Eide	CUKR	1
NFaisal bin Farhan	NJeenbek Kulubaev	2
NFaisal bin Farhan	NMurat Nurtleu	2
NFaisal bin Farhan	NSirojiddin Muhriddin	2
NIgnazio Cassis	NMihai Popșoi	1
NIgnazio Cassis	NTedros Adhanom Ghebreyesus	4
NIgnazio Cassis	NXavier Bettel	3
NJosé Albares	NAbdullatif bin Rashid Al Zayani	2
NJosé Albares	NAndrii Sybiha	1
NJosé Manuel Albares	NAbdullatif bin Rashid Al Zayani	1
NJosé Manuel Albares	NAntónio Guterres	1
NJosé Manuel Albares	NBaiba Braže	2
NJosé Manuel Albares	NMihai Popșoi	2
NJosé Manuel Albares	NMurat Nurtleu	2
NJosé Manuel Albares	NNicu Popescu	1
NJosé Manuel Albares	NTedros Adhanom Ghebreyesus	1
NJosé Manuel Albares	NXavier Bettel	1
NJosé Manuel Albares	NYoko Kamikawa	2
NMihai Popșoi	NArturs Krišjānis Kariņš	2
NMihai Popșoi	NDmytro Kuleba	1
NMihai Popșoi	NMurat Nurtleu	1
NMihai Popșoi	NPéter Szijjártó	1
NMihai Popșoi	NRadosław Sikorski	2
NMihai Popșoi	NYoko Kamikawa	2
NMurat Nurtleu	CJPN	1
NMurat Nurtleu	NAbdullatif bin Rashid Al Zayani	2
NMurat Nurtleu	NBaiba Braže	1
NMurat Nurtleu	NBakhtiyor Saidov	2
NMurat Nurtleu	NDmytro Kuleba	1
CBHR	CESP	4
CCHE	CLVA	4
CKAZ	CESP	2
CPOL	CKAZ	1
NAbdullatif bin Rashid Al Zayani	NMihai Popșoi	1
NArturs Krišjānis Kariņš	NXavier Bettel	1
NMurat Nurtleu	NIgnazio Cassis	1
NMurat Nurtleu	NJosé Albares	2
NMurat Nurtleu	NTakeshi Iwaya	2
NNicu Popescu	NBaiba Braže	1
NRadosław Sikorski	NAbdullatif bin Rashid Al Zayani	1
NRadosław Sikorski	NArturs Krišjānis Kariņš	2
NRadosław Sikorski	NBaiba Braže	1
NTakeshi Iwaya	NAbdullatif bin Rashid Al Zayani	1
NTakeshi Iwaya	NJosé Albares	2
NTakeshi Iwaya	NXavier Bettel	1
NVolker Türk	NEspen Barth Eide	1
NXavier Bettel	NArturs Krišjānis Kariņš	1
NYoko Kamikawa	NIgnazio Cassis	1
CBHR	CLUX	2
CBHR	CPOL	1
CCHE	CLUX	1
CJPN	CESP	1
CJPN	CLVA	1
CJPN	CMDA	1
CKAZ	CBHR	1
CKAZ	CPOL	2
CPOL	CCHE	1
CUKR	CKAZ	2
NAbdullatif bin Rashid Al Zayani	NAndrii Sybiha	2
NAbdullatif bin Rashid Al Zayani	NJosé Albares	1
NAbdullatif bin Rashid Al Zayani	NRadosław Sikorski	2
NAndrii Sybiha	NAbdullatif bin Rashid Al Zayani	1
NAndrii Sybiha	NAntónio Guterres	6
NAndrii Sybiha	NTakeshi Iwaya	2
NAndrii Sybiha	NXavier Bettel	1
NBaiba Braže	NAbdullatif bin Rashid Al Zayani	1
NBaiba Braže	NAntónio Guterres	7
NBaiba Braže	NIgnazio Cassis	2
NBaiba Braže	NMurat Nurtleu	1
NBaiba Braže	NTedros Adhanom Ghebreyesus	6
NBaiba Braže	NXavier Bettel	1
NIgnazio Cassis	NAbdullatif bin Rashid Al Zayani	4
NIgnazio Cassis	NAndrii Sybiha	1
NIgnazio Cassis	NBaiba Braže	1
NJosé Albares	NTakeshi Iwaya	1
NJosé Albares	NXavier Bettel	2
NMihai Popșoi	NAntónio Guterres	7
NMihai Popșoi	NBaiba Braže	2
NMihai Popșoi	NTakeshi Iwaya	4
NMihai Popșoi	NTedros Adhanom Ghebreyesus	9
NMurat Nurtleu	NAndrii Sybiha	4
NMurat Nurtleu	NAntónio Guterres	7
NMurat Nurtleu	NRadosław Sikorski	3
NMurat Nurtleu	NTedros Adhanom Ghebreyesus	3
NMurat Nurtleu	NXavier Bettel	1
NRadosław Sikorski	NAndrii Sybiha	1
NRadosław Sikorski	NMihai Popșoi	1
NRadosław Sikorski	NMurat Nurtleu	2
NRadosław Sikorski	NNicu Popescu	2
NTakeshi Iwaya	NAntónio Guterres	3
NTakeshi Iwaya	NRadosław Sikorski	3
NXavier Bettel	NAbdullatif bin Rashid Al Zayani	3
NXavier Bettel	NAndrii Sybiha	1
NXavier Bettel	NBaiba Braže	1
NAbdullatif bin Rashid Al Zayani	NAntónio Guterres	4
NAbdullatif bin Rashid Al Zayani	NTedros Adhanom Ghebreyesus	6
NAndrii Sybiha	NBaiba Braže	2
NAndrii Sybiha	NMurat Nurtleu	3
NAndrii Sybiha	NTedros Adhanom Ghebreyesus	3
NIgnazio Cassis	NAntónio Guterres	6
NIgnazio Cassis	NJosé Albares	2
NIgnazio Cassis	NRadosław Sikorski	4
NIgnazio Cassis	NTakeshi Iwaya	6
NJosé Albares	NAntónio Guterres	6
NJosé Albares	NTedros Adhanom Ghebreyesus	3
NMihai Popșoi	NAndrii Sybiha	2
NRadosław Sikorski	NAntónio Guterres	4
NRadosław Sikorski	NTedros Adhanom Ghebreyesus	1
NTakeshi Iwaya	NMurat Nurtleu	4
NTakeshi Iwaya	NTedros Adhanom Ghebreyesus	6
NXavier Bettel	NAntónio Guterres	6
NXavier Bettel	NYoko Kamikawa	1
NYoko Kamikawa	NNicu Popescu	1
NXavier Bettel	NIgnazio Cassis	2
NXavier Bettel	NJosé Albares	3
NXavier Bettel	NRadosław Sikorski	2
NXavier Bettel	NTedros Adhanom Ghebreyesus	4
NXavier Bettel	NMihai Popșoi	3
\.


--
-- Data for Name: sum_place; Type: TABLE DATA; Schema: parley; Owner: -
--

COPY parley.sum_place (name, country, lat, lon, neg, n) FROM stdin;
Chișinău	MDA	47.01	28.86	0	2
Tashkent	UZB	41.26	69.22	0	1
Astana	KAZ	51.18	71.45	0	23
Almaty	KAZ	43.26	76.93	0	24
Brussels	BEL	50.85	4.35	0	17
Geneva	CHE	46.2	6.15	0	10
New York	USA	40.71	-74.01	0	145
Vienna	AUT	48.21	16.37	0	16
\.


--
-- Name: documents_num_seq; Type: SEQUENCE SET; Schema: parley; Owner: -
--

SELECT pg_catalog.setval('parley.documents_num_seq', 50, true);


--
-- Name: event_rid; Type: SEQUENCE SET; Schema: parley; Owner: -
--

SELECT pg_catalog.setval('parley.event_rid', 410, true);


--
-- Name: counters counters_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.counters
    ADD CONSTRAINT counters_pkey PRIMARY KEY (name);


--
-- Name: dict dict_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.dict
    ADD CONSTRAINT dict_pkey PRIMARY KEY (kind, value);


--
-- Name: documents documents_id_key; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.documents
    ADD CONSTRAINT documents_id_key UNIQUE (id);


--
-- Name: documents documents_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.documents
    ADD CONSTRAINT documents_pkey PRIMARY KEY (num);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (day, rid);


--
-- Name: events_202401 events_202401_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events_202401
    ADD CONSTRAINT events_202401_pkey PRIMARY KEY (day, rid);


--
-- Name: events_202402 events_202402_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events_202402
    ADD CONSTRAINT events_202402_pkey PRIMARY KEY (day, rid);


--
-- Name: events_202404 events_202404_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events_202404
    ADD CONSTRAINT events_202404_pkey PRIMARY KEY (day, rid);


--
-- Name: events_202405 events_202405_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events_202405
    ADD CONSTRAINT events_202405_pkey PRIMARY KEY (day, rid);


--
-- Name: events_202407 events_202407_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events_202407
    ADD CONSTRAINT events_202407_pkey PRIMARY KEY (day, rid);


--
-- Name: events_202502 events_202502_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events_202502
    ADD CONSTRAINT events_202502_pkey PRIMARY KEY (day, rid);


--
-- Name: events_202503 events_202503_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events_202503
    ADD CONSTRAINT events_202503_pkey PRIMARY KEY (day, rid);


--
-- Name: events_202506 events_202506_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events_202506
    ADD CONSTRAINT events_202506_pkey PRIMARY KEY (day, rid);


--
-- Name: events_202509 events_202509_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events_202509
    ADD CONSTRAINT events_202509_pkey PRIMARY KEY (day, rid);


--
-- Name: events_undated events_undated_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.events_undated
    ADD CONSTRAINT events_undated_pkey PRIMARY KEY (day, rid);


--
-- Name: meta meta_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.meta
    ADD CONSTRAINT meta_pkey PRIMARY KEY (key);


--
-- Name: sum_actor sum_actor_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.sum_actor
    ADD CONSTRAINT sum_actor_pkey PRIMARY KEY (k);


--
-- Name: sum_codepair sum_codepair_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.sum_codepair
    ADD CONSTRAINT sum_codepair_pkey PRIMARY KEY (src, tgt);


--
-- Name: sum_country sum_country_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.sum_country
    ADD CONSTRAINT sum_country_pkey PRIMARY KEY (country, month, type, quad, neg);


--
-- Name: sum_day sum_day_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.sum_day
    ADD CONSTRAINT sum_day_pkey PRIMARY KEY (day, type, quad, neg);


--
-- Name: sum_pair_n sum_pair_n_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.sum_pair_n
    ADD CONSTRAINT sum_pair_n_pkey PRIMARY KEY (src, tgt);


--
-- Name: sum_pair sum_pair_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.sum_pair
    ADD CONSTRAINT sum_pair_pkey PRIMARY KEY (src, tgt, type);


--
-- Name: sum_place sum_place_pkey; Type: CONSTRAINT; Schema: parley; Owner: -
--

ALTER TABLE ONLY parley.sum_place
    ADD CONSTRAINT sum_place_pkey PRIMARY KEY (name, country, lat, lon, neg);


--
-- Name: dict_folded; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX dict_folded ON parley.dict USING gin (folded parley.gin_trgm_ops);


--
-- Name: events_cameo; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_cameo ON ONLY parley.events USING btree (cameo, day);


--
-- Name: events_202401_cameo_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202401_cameo_day_idx ON parley.events_202401 USING btree (cameo, day);


--
-- Name: events_order; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_order ON ONLY parley.events USING btree (day, doc_id, seq);


--
-- Name: events_202401_day_doc_id_seq_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202401_day_doc_id_seq_idx ON parley.events_202401 USING btree (day, doc_id, seq);


--
-- Name: events_doc; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_doc ON ONLY parley.events USING btree (doc);


--
-- Name: events_202401_doc_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202401_doc_idx ON parley.events_202401 USING btree (doc);


--
-- Name: events_keys; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_keys ON ONLY parley.events USING gin (keys);


--
-- Name: events_202401_keys_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202401_keys_idx ON parley.events_202401 USING gin (keys);


--
-- Name: events_tsv; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_tsv ON ONLY parley.events USING gin (tsv);


--
-- Name: events_202401_tsv_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202401_tsv_idx ON parley.events_202401 USING gin (tsv);


--
-- Name: events_type; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_type ON ONLY parley.events USING btree (type, day);


--
-- Name: events_202401_type_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202401_type_day_idx ON parley.events_202401 USING btree (type, day);


--
-- Name: events_202402_cameo_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202402_cameo_day_idx ON parley.events_202402 USING btree (cameo, day);


--
-- Name: events_202402_day_doc_id_seq_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202402_day_doc_id_seq_idx ON parley.events_202402 USING btree (day, doc_id, seq);


--
-- Name: events_202402_doc_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202402_doc_idx ON parley.events_202402 USING btree (doc);


--
-- Name: events_202402_keys_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202402_keys_idx ON parley.events_202402 USING gin (keys);


--
-- Name: events_202402_tsv_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202402_tsv_idx ON parley.events_202402 USING gin (tsv);


--
-- Name: events_202402_type_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202402_type_day_idx ON parley.events_202402 USING btree (type, day);


--
-- Name: events_202404_cameo_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202404_cameo_day_idx ON parley.events_202404 USING btree (cameo, day);


--
-- Name: events_202404_day_doc_id_seq_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202404_day_doc_id_seq_idx ON parley.events_202404 USING btree (day, doc_id, seq);


--
-- Name: events_202404_doc_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202404_doc_idx ON parley.events_202404 USING btree (doc);


--
-- Name: events_202404_keys_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202404_keys_idx ON parley.events_202404 USING gin (keys);


--
-- Name: events_202404_tsv_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202404_tsv_idx ON parley.events_202404 USING gin (tsv);


--
-- Name: events_202404_type_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202404_type_day_idx ON parley.events_202404 USING btree (type, day);


--
-- Name: events_202405_cameo_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202405_cameo_day_idx ON parley.events_202405 USING btree (cameo, day);


--
-- Name: events_202405_day_doc_id_seq_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202405_day_doc_id_seq_idx ON parley.events_202405 USING btree (day, doc_id, seq);


--
-- Name: events_202405_doc_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202405_doc_idx ON parley.events_202405 USING btree (doc);


--
-- Name: events_202405_keys_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202405_keys_idx ON parley.events_202405 USING gin (keys);


--
-- Name: events_202405_tsv_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202405_tsv_idx ON parley.events_202405 USING gin (tsv);


--
-- Name: events_202405_type_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202405_type_day_idx ON parley.events_202405 USING btree (type, day);


--
-- Name: events_202407_cameo_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202407_cameo_day_idx ON parley.events_202407 USING btree (cameo, day);


--
-- Name: events_202407_day_doc_id_seq_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202407_day_doc_id_seq_idx ON parley.events_202407 USING btree (day, doc_id, seq);


--
-- Name: events_202407_doc_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202407_doc_idx ON parley.events_202407 USING btree (doc);


--
-- Name: events_202407_keys_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202407_keys_idx ON parley.events_202407 USING gin (keys);


--
-- Name: events_202407_tsv_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202407_tsv_idx ON parley.events_202407 USING gin (tsv);


--
-- Name: events_202407_type_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202407_type_day_idx ON parley.events_202407 USING btree (type, day);


--
-- Name: events_202502_cameo_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202502_cameo_day_idx ON parley.events_202502 USING btree (cameo, day);


--
-- Name: events_202502_day_doc_id_seq_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202502_day_doc_id_seq_idx ON parley.events_202502 USING btree (day, doc_id, seq);


--
-- Name: events_202502_doc_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202502_doc_idx ON parley.events_202502 USING btree (doc);


--
-- Name: events_202502_keys_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202502_keys_idx ON parley.events_202502 USING gin (keys);


--
-- Name: events_202502_tsv_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202502_tsv_idx ON parley.events_202502 USING gin (tsv);


--
-- Name: events_202502_type_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202502_type_day_idx ON parley.events_202502 USING btree (type, day);


--
-- Name: events_202503_cameo_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202503_cameo_day_idx ON parley.events_202503 USING btree (cameo, day);


--
-- Name: events_202503_day_doc_id_seq_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202503_day_doc_id_seq_idx ON parley.events_202503 USING btree (day, doc_id, seq);


--
-- Name: events_202503_doc_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202503_doc_idx ON parley.events_202503 USING btree (doc);


--
-- Name: events_202503_keys_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202503_keys_idx ON parley.events_202503 USING gin (keys);


--
-- Name: events_202503_tsv_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202503_tsv_idx ON parley.events_202503 USING gin (tsv);


--
-- Name: events_202503_type_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202503_type_day_idx ON parley.events_202503 USING btree (type, day);


--
-- Name: events_202506_cameo_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202506_cameo_day_idx ON parley.events_202506 USING btree (cameo, day);


--
-- Name: events_202506_day_doc_id_seq_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202506_day_doc_id_seq_idx ON parley.events_202506 USING btree (day, doc_id, seq);


--
-- Name: events_202506_doc_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202506_doc_idx ON parley.events_202506 USING btree (doc);


--
-- Name: events_202506_keys_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202506_keys_idx ON parley.events_202506 USING gin (keys);


--
-- Name: events_202506_tsv_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202506_tsv_idx ON parley.events_202506 USING gin (tsv);


--
-- Name: events_202506_type_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202506_type_day_idx ON parley.events_202506 USING btree (type, day);


--
-- Name: events_202509_cameo_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202509_cameo_day_idx ON parley.events_202509 USING btree (cameo, day);


--
-- Name: events_202509_day_doc_id_seq_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202509_day_doc_id_seq_idx ON parley.events_202509 USING btree (day, doc_id, seq);


--
-- Name: events_202509_doc_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202509_doc_idx ON parley.events_202509 USING btree (doc);


--
-- Name: events_202509_keys_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202509_keys_idx ON parley.events_202509 USING gin (keys);


--
-- Name: events_202509_tsv_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202509_tsv_idx ON parley.events_202509 USING gin (tsv);


--
-- Name: events_202509_type_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_202509_type_day_idx ON parley.events_202509 USING btree (type, day);


--
-- Name: events_undated_cameo_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_undated_cameo_day_idx ON parley.events_undated USING btree (cameo, day);


--
-- Name: events_undated_day_doc_id_seq_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_undated_day_doc_id_seq_idx ON parley.events_undated USING btree (day, doc_id, seq);


--
-- Name: events_undated_doc_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_undated_doc_idx ON parley.events_undated USING btree (doc);


--
-- Name: events_undated_keys_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_undated_keys_idx ON parley.events_undated USING gin (keys);


--
-- Name: events_undated_tsv_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_undated_tsv_idx ON parley.events_undated USING gin (tsv);


--
-- Name: events_undated_type_day_idx; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX events_undated_type_day_idx ON parley.events_undated USING btree (type, day);


--
-- Name: sum_actor_n; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX sum_actor_n ON parley.sum_actor USING btree (n);


--
-- Name: sum_actor_ng; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX sum_actor_ng ON parley.sum_actor USING btree (ng);


--
-- Name: sum_codepair_n; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX sum_codepair_n ON parley.sum_codepair USING btree (n);


--
-- Name: sum_pair_n_n; Type: INDEX; Schema: parley; Owner: -
--

CREATE INDEX sum_pair_n_n ON parley.sum_pair_n USING btree (n);


--
-- Name: events_202401_cameo_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_cameo ATTACH PARTITION parley.events_202401_cameo_day_idx;


--
-- Name: events_202401_day_doc_id_seq_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_order ATTACH PARTITION parley.events_202401_day_doc_id_seq_idx;


--
-- Name: events_202401_doc_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_doc ATTACH PARTITION parley.events_202401_doc_idx;


--
-- Name: events_202401_keys_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_keys ATTACH PARTITION parley.events_202401_keys_idx;


--
-- Name: events_202401_pkey; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_pkey ATTACH PARTITION parley.events_202401_pkey;


--
-- Name: events_202401_tsv_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_tsv ATTACH PARTITION parley.events_202401_tsv_idx;


--
-- Name: events_202401_type_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_type ATTACH PARTITION parley.events_202401_type_day_idx;


--
-- Name: events_202402_cameo_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_cameo ATTACH PARTITION parley.events_202402_cameo_day_idx;


--
-- Name: events_202402_day_doc_id_seq_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_order ATTACH PARTITION parley.events_202402_day_doc_id_seq_idx;


--
-- Name: events_202402_doc_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_doc ATTACH PARTITION parley.events_202402_doc_idx;


--
-- Name: events_202402_keys_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_keys ATTACH PARTITION parley.events_202402_keys_idx;


--
-- Name: events_202402_pkey; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_pkey ATTACH PARTITION parley.events_202402_pkey;


--
-- Name: events_202402_tsv_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_tsv ATTACH PARTITION parley.events_202402_tsv_idx;


--
-- Name: events_202402_type_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_type ATTACH PARTITION parley.events_202402_type_day_idx;


--
-- Name: events_202404_cameo_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_cameo ATTACH PARTITION parley.events_202404_cameo_day_idx;


--
-- Name: events_202404_day_doc_id_seq_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_order ATTACH PARTITION parley.events_202404_day_doc_id_seq_idx;


--
-- Name: events_202404_doc_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_doc ATTACH PARTITION parley.events_202404_doc_idx;


--
-- Name: events_202404_keys_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_keys ATTACH PARTITION parley.events_202404_keys_idx;


--
-- Name: events_202404_pkey; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_pkey ATTACH PARTITION parley.events_202404_pkey;


--
-- Name: events_202404_tsv_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_tsv ATTACH PARTITION parley.events_202404_tsv_idx;


--
-- Name: events_202404_type_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_type ATTACH PARTITION parley.events_202404_type_day_idx;


--
-- Name: events_202405_cameo_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_cameo ATTACH PARTITION parley.events_202405_cameo_day_idx;


--
-- Name: events_202405_day_doc_id_seq_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_order ATTACH PARTITION parley.events_202405_day_doc_id_seq_idx;


--
-- Name: events_202405_doc_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_doc ATTACH PARTITION parley.events_202405_doc_idx;


--
-- Name: events_202405_keys_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_keys ATTACH PARTITION parley.events_202405_keys_idx;


--
-- Name: events_202405_pkey; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_pkey ATTACH PARTITION parley.events_202405_pkey;


--
-- Name: events_202405_tsv_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_tsv ATTACH PARTITION parley.events_202405_tsv_idx;


--
-- Name: events_202405_type_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_type ATTACH PARTITION parley.events_202405_type_day_idx;


--
-- Name: events_202407_cameo_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_cameo ATTACH PARTITION parley.events_202407_cameo_day_idx;


--
-- Name: events_202407_day_doc_id_seq_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_order ATTACH PARTITION parley.events_202407_day_doc_id_seq_idx;


--
-- Name: events_202407_doc_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_doc ATTACH PARTITION parley.events_202407_doc_idx;


--
-- Name: events_202407_keys_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_keys ATTACH PARTITION parley.events_202407_keys_idx;


--
-- Name: events_202407_pkey; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_pkey ATTACH PARTITION parley.events_202407_pkey;


--
-- Name: events_202407_tsv_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_tsv ATTACH PARTITION parley.events_202407_tsv_idx;


--
-- Name: events_202407_type_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_type ATTACH PARTITION parley.events_202407_type_day_idx;


--
-- Name: events_202502_cameo_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_cameo ATTACH PARTITION parley.events_202502_cameo_day_idx;


--
-- Name: events_202502_day_doc_id_seq_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_order ATTACH PARTITION parley.events_202502_day_doc_id_seq_idx;


--
-- Name: events_202502_doc_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_doc ATTACH PARTITION parley.events_202502_doc_idx;


--
-- Name: events_202502_keys_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_keys ATTACH PARTITION parley.events_202502_keys_idx;


--
-- Name: events_202502_pkey; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_pkey ATTACH PARTITION parley.events_202502_pkey;


--
-- Name: events_202502_tsv_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_tsv ATTACH PARTITION parley.events_202502_tsv_idx;


--
-- Name: events_202502_type_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_type ATTACH PARTITION parley.events_202502_type_day_idx;


--
-- Name: events_202503_cameo_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_cameo ATTACH PARTITION parley.events_202503_cameo_day_idx;


--
-- Name: events_202503_day_doc_id_seq_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_order ATTACH PARTITION parley.events_202503_day_doc_id_seq_idx;


--
-- Name: events_202503_doc_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_doc ATTACH PARTITION parley.events_202503_doc_idx;


--
-- Name: events_202503_keys_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_keys ATTACH PARTITION parley.events_202503_keys_idx;


--
-- Name: events_202503_pkey; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_pkey ATTACH PARTITION parley.events_202503_pkey;


--
-- Name: events_202503_tsv_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_tsv ATTACH PARTITION parley.events_202503_tsv_idx;


--
-- Name: events_202503_type_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_type ATTACH PARTITION parley.events_202503_type_day_idx;


--
-- Name: events_202506_cameo_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_cameo ATTACH PARTITION parley.events_202506_cameo_day_idx;


--
-- Name: events_202506_day_doc_id_seq_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_order ATTACH PARTITION parley.events_202506_day_doc_id_seq_idx;


--
-- Name: events_202506_doc_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_doc ATTACH PARTITION parley.events_202506_doc_idx;


--
-- Name: events_202506_keys_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_keys ATTACH PARTITION parley.events_202506_keys_idx;


--
-- Name: events_202506_pkey; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_pkey ATTACH PARTITION parley.events_202506_pkey;


--
-- Name: events_202506_tsv_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_tsv ATTACH PARTITION parley.events_202506_tsv_idx;


--
-- Name: events_202506_type_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_type ATTACH PARTITION parley.events_202506_type_day_idx;


--
-- Name: events_202509_cameo_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_cameo ATTACH PARTITION parley.events_202509_cameo_day_idx;


--
-- Name: events_202509_day_doc_id_seq_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_order ATTACH PARTITION parley.events_202509_day_doc_id_seq_idx;


--
-- Name: events_202509_doc_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_doc ATTACH PARTITION parley.events_202509_doc_idx;


--
-- Name: events_202509_keys_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_keys ATTACH PARTITION parley.events_202509_keys_idx;


--
-- Name: events_202509_pkey; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_pkey ATTACH PARTITION parley.events_202509_pkey;


--
-- Name: events_202509_tsv_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_tsv ATTACH PARTITION parley.events_202509_tsv_idx;


--
-- Name: events_202509_type_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_type ATTACH PARTITION parley.events_202509_type_day_idx;


--
-- Name: events_undated_cameo_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_cameo ATTACH PARTITION parley.events_undated_cameo_day_idx;


--
-- Name: events_undated_day_doc_id_seq_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_order ATTACH PARTITION parley.events_undated_day_doc_id_seq_idx;


--
-- Name: events_undated_doc_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_doc ATTACH PARTITION parley.events_undated_doc_idx;


--
-- Name: events_undated_keys_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_keys ATTACH PARTITION parley.events_undated_keys_idx;


--
-- Name: events_undated_pkey; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_pkey ATTACH PARTITION parley.events_undated_pkey;


--
-- Name: events_undated_tsv_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_tsv ATTACH PARTITION parley.events_undated_tsv_idx;


--
-- Name: events_undated_type_day_idx; Type: INDEX ATTACH; Schema: parley; Owner: -
--

ALTER INDEX parley.events_type ATTACH PARTITION parley.events_undated_type_day_idx;


--
-- PostgreSQL database dump complete
--

\unrestrict WnBETs6AYyGEdEkdvZs3iCtLcaPYdjfm1ybUraSU9PgNxXgjiCN5nBoHIuqsLdU

