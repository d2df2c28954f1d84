import { describe, expect, it } from 'vitest'
import { closeAfterEach } from '../context.test-support'
import { harness, newCampaign, twoSafeCampaigns } from './fixtures.test-support'

const closing = closeAfterEach()

describe('the live view of campaigns sharing one account', () => {
  it('names the other campaign sending, and counts its messages in the time the last one goes', async () => {
    const h = closing(harness())
    const [a, b] = await twoSafeCampaigns(h, 30)
    h.campaigns.start(a)
    const alone = h.campaigns.progress(a)
    expect(alone.sharing).toEqual([])
    h.campaigns.start(b)
    const [nameA, nameB] = [h.campaigns.get(a).name, h.campaigns.get(b).name]
    h.clock.advance(6000) // the estimate is refreshed every 5 s
    const together = h.campaigns.progress(a)
    expect(together.sharing).toEqual([nameB])
    expect(h.campaigns.progress(b).sharing).toEqual([nameA])
    // 60 messages through one budget of 50 a day: the shared estimate runs into the next day
    expect(Date.parse(together.eta!)).toBeGreaterThan(Date.parse(alone.eta!))
    await h.campaigns.stop(b)
    await h.campaigns.stop(a)
    expect(h.campaigns.progress(a).sharing).toEqual([])
  })

  it('says which day of the warm-up a new number is on, and what it allows', async () => {
    const h = closing(harness())
    const a = await newCampaign(h, 3, 'fast')
    expect(h.campaigns.progress(a).warmUp).toEqual({ day: 1, hourlyCap: 20, dailyCap: 50 })
    h.ctx.settings.update({ 'whatsapp.establishedNumber': 'yes' })
    expect(h.campaigns.progress(a).warmUp).toBeNull()
  })
})
