-- Listing photos kept by lead-service itself, so other services and the dashboard never fetch a photo
-- from the internet: the bytes, their type as read from the bytes, size and SHA-256, in display order.

-- A photo belongs to a listing of its own tenant: the foreign key names both.
alter table listings add constraint listings_tenant_id unique (tenant_id, id);
-- When photos were last added or removed; a listing's change time for readers is the later of this and
-- updated_at.
alter table listings add column photos_changed_at timestamptz;

create table listing_photos (
    id           uuid primary key,
    tenant_id    uuid not null,
    listing_id   uuid not null,
    position     integer not null check (position >= 0),
    content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    bytes        bytea not null,
    byte_size    integer not null check (byte_size between 1 and 10485760),
    sha256       text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz not null,
    foreign key (tenant_id, listing_id) references listings (tenant_id, id) on delete cascade,
    unique (listing_id, position),
    unique (listing_id, sha256)
);
create index listing_photos_by_tenant on listing_photos (tenant_id, listing_id, position);

alter table listing_photos enable row level security;
alter table listing_photos force row level security;
create policy listing_photos_tenant on listing_photos
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

grant select, insert, update, delete on listing_photos to ${app_role};
