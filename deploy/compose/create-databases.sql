-- One database and one owner per service (ARCHITECTURE §2): no service can read another's tables.
-- Run once by the postgres image on an empty volume (/docker-entrypoint-initdb.d).
CREATE ROLE partner LOGIN PASSWORD 'partner';
CREATE DATABASE partner OWNER partner;
CREATE ROLE agreement LOGIN PASSWORD 'agreement';
CREATE DATABASE agreement OWNER agreement;
CREATE ROLE enrollment LOGIN PASSWORD 'enrollment';
CREATE DATABASE enrollment OWNER enrollment;
CREATE ROLE gateway LOGIN PASSWORD 'gateway';
CREATE DATABASE gateway OWNER gateway;
