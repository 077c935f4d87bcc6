'use client'
import { ConfigProvider, PublishButton, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'
import { useEffect, useMemo, useState } from 'react'

type Id = number | string

/** The first brand id of a `brands` (or `brand`) field's value, ids or documents. */
function firstBrandId(value: unknown): Id | null {
  const first: unknown = Array.isArray(value) ? value[0] : value
  if (typeof first === 'number' || typeof first === 'string') return first
  if (typeof first === 'object' && first !== null && 'id' in first) {
    const { id } = first as { id: unknown }
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return null
}

/**
 * Payload's publish button, whose schedule dialog starts in the time zone of the document's
 * brand (its first brand; a brand's own page: the zone chosen on it) instead of the network's
 * default. The dialog reads its default from the admin config, so the button gets a copy of
 * the config with that default; everything else is Payload's own.
 */
export function BrandTimezonePublishButton(props: PublishButtonClientProps) {
  const { config } = useConfig()
  const { collectionSlug } = useDocumentInfo()
  const ownZone = useFormFields(([fields]) => fields.timeZone?.value)
  const brandId = useFormFields(([fields]) => firstBrandId(fields.brands?.value ?? fields.brand?.value))
  const [brandZone, setBrandZone] = useState<unknown>(null)

  useEffect(() => {
    if (collectionSlug === 'brands' || brandId === null) return
    const controller = new AbortController()
    // The editor reads their own brands; for another brand the answer is refused and the default stays.
    fetch(`${config.serverURL}${config.routes.api}/brands/${encodeURIComponent(String(brandId))}?depth=0&draft=true&select[timeZone]=true`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => (response.ok ? ((await response.json()) as { timeZone?: unknown }).timeZone : null))
      .then(setBrandZone, () => setBrandZone(null))
    return () => controller.abort()
  }, [brandId, collectionSlug, config.routes.api, config.serverURL])

  const zone = collectionSlug === 'brands' ? ownZone : brandZone
  const withBrandZone = useMemo(() => {
    const { timezones } = config.admin
    if (typeof zone !== 'string' || !timezones.supportedTimezones.some((option) => option.value === zone)) return config
    return { ...config, admin: { ...config.admin, timezones: { ...timezones, defaultTimezone: zone } } }
  }, [config, zone])

  return (
    <ConfigProvider config={withBrandZone}>
      <PublishButton {...props} />
    </ConfigProvider>
  )
}
